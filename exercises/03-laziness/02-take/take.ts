/** Yields the first `n` items of `source`, pulling no more than it yields. */
export function* take<T>(source: Iterable<T>, n: number): Generator<T, void, undefined> {
  // TODO: yield the first n items of source; never pull an item you will not yield.
}
