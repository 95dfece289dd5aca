// Does not remember that it is done, so every later next() pulls from the sources again.
export function zip<A, B>(first: Iterable<A>, second: Iterable<B>): IterableIterator<[A, B]> {
  const left = first[Symbol.iterator]();
  const right = second[Symbol.iterator]();
  return {
    next(): IteratorResult<[A, B]> {
      const a = left.next();
      if (a.done) return { value: undefined, done: true };
      const b = right.next();
      if (b.done) return { value: undefined, done: true };
      return { value: [a.value, b.value], done: false };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
