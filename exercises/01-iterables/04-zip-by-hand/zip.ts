/**
 * Pairs up `first` and `second` ([a0, b0], [a1, b1], …) until either runs out.
 * Lazy: pulls one item from each source per pair, and only when asked.
 */
export function zip<A, B>(first: Iterable<A>, second: Iterable<B>): IterableIterator<[A, B]> {
  // TODO: take an iterator from each source and pull from them in next()
  return {
    next: () => ({ value: undefined, done: true }),
    [Symbol.iterator]() {
      return this;
    },
  };
}
