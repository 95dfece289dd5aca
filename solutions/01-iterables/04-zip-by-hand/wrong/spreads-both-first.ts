// Spreads both sources into arrays first: eager, so nothing is lazy and an endless source never finishes.
export function zip<A, B>(first: Iterable<A>, second: Iterable<B>): IterableIterator<[A, B]> {
  const left = [...first];
  const right = [...second];
  let index = 0;
  return {
    next(): IteratorResult<[A, B]> {
      if (index >= left.length || index >= right.length) return { value: undefined, done: true };
      const pair: [A, B] = [left[index], right[index]];
      index += 1;
      return { value: pair, done: false };
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}
