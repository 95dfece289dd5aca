// Takes an undefined value for the end instead of looking at done, so a yielded undefined stops the zip.
export function zip<A, B>(first: Iterable<A>, second: Iterable<B>): IterableIterator<[A, B]> {
  const left = first[Symbol.iterator]();
  const right = second[Symbol.iterator]();
  let finished = false;
  return {
    next(): IteratorResult<[A, B]> {
      if (finished) return { value: undefined, done: true };
      const a = left.next().value;
      if (a === undefined) {
        finished = true;
        return { value: undefined, done: true };
      }
      const b = right.next().value;
      if (b === undefined) {
        finished = true;
        return { value: undefined, done: true };
      }
      return { value: [a, b], done: false };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
