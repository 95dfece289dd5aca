// Asks every source for its iterator at the first next(), before the earlier sources are used up.
export function* chain<T>(...sources: Iterable<T>[]): Generator<T, void, undefined> {
  const iterators = sources.map((source) => source[Symbol.iterator]());
  for (const iterator of iterators) {
    for (let result = iterator.next(); !result.done; result = iterator.next()) yield result.value;
  }
}
