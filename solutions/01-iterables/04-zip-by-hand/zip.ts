/**
 * Pairs up `first` and `second` ([a0, b0], [a1, b1], …) until either runs out.
 * Lazy: pulls one item from each source per pair, and only when asked.
 */
export function zip<A, B>(first: Iterable<A>, second: Iterable<B>): IterableIterator<[A, B]> {
  const left = first[Symbol.iterator]();
  const right = second[Symbol.iterator]();
  let finished = false;
  return {
    next(): IteratorResult<[A, B]> {
      if (finished) return { value: undefined, done: true };
      const a = left.next();
      // Check `first` before pulling from `second`, so no item of `second` is lost.
      if (a.done) {
        finished = true;
        return { value: undefined, done: true };
      }
      const b = right.next();
      if (b.done) {
        finished = true;
        return { value: undefined, done: true };
      }
      return { value: [a.value, b.value], done: false };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
