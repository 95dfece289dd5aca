// Asks the sources for their iterators inside next(), so every pair starts again from their first items.
export function zip<A, B>(first: Iterable<A>, second: Iterable<B>): IterableIterator<[A, B]> {
  let finished = false;
  return {
    next(): IteratorResult<[A, B]> {
      if (finished) return { value: undefined, done: true };
      const a = first[Symbol.iterator]().next();
      if (a.done) {
        finished = true;
        return { value: undefined, done: true };
      }
      const b = second[Symbol.iterator]().next();
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
