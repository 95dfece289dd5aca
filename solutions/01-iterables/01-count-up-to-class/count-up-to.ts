/** Yields 1, 2, …, max. Write it with the iterator protocol, not `function*`. */
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}

  [Symbol.iterator](): Iterator<number> {
    let current = 0;
    const max = this.max;
    return {
      next(): IteratorResult<number> {
        if (current < max) {
          current += 1;
          return { value: current, done: false };
        }
        return { value: undefined, done: true };
      },
    };
  }
}
