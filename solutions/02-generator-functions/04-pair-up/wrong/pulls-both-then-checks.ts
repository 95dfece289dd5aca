// Pulls both halves before checking done, so after the last pair it pulls again from a source that has already said done.
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const first = iterator.next();
    const second = iterator.next();
    if (first.done) return;
    if (second.done) throw new Error(`missing value for ${String(first.value)}`);
    yield [first.value, second.value];
  }
}
