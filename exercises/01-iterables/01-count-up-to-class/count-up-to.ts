/** Yields 1, 2, …, max. Write it with the iterator protocol, not `function*`. */
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}

  [Symbol.iterator](): Iterator<number> {
    // TODO: return an iterator object whose next() counts from 1 up to this.max
    return {
      next: () => ({ value: undefined, done: true }),
    };
  }
}
