// Finishes quietly when the items run out in the middle of a pair, so the unpaired item is lost without a word.
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const first = iterator.next();
    if (first.done) return;
    const second = iterator.next();
    if (second.done) return;
    yield [first.value, second.value];
  }
}
