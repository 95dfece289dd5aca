// Pulls from both sides before checking done, so when `first` has ended an item of `second` is taken and lost.
export function zip<A, B>(first: Iterable<A>, second: Iterable<B>): IterableIterator<[A, B]> {
  const left = first[Symbol.iterator]();
  const right = second[Symbol.iterator]();
  let finished = false;
  return {
    next(): IteratorResult<[A, B]> {
      if (finished) return { value: undefined, done: true };
      const a = left.next();
      const b = right.next();
      if (a.done || b.done) {
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
