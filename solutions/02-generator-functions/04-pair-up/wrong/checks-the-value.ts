// Takes an undefined value for the end instead of looking at done, so an undefined item ends the pairs early.
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const first = iterator.next().value;
    if (first === undefined) return;
    const second = iterator.next().value;
    if (second === undefined) throw new Error(`missing value for ${String(first)}`);
    yield [first, second];
  }
}
