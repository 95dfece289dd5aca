// Returns the counter before adding one, so it yields 0, 1, …, max - 1 instead of 1, …, max.
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}

  [Symbol.iterator](): Iterator<number> {
    let current = 0;
    const max = this.max;
    return {
      next(): IteratorResult<number> {
        if (current < max) return { value: current++, done: false };
        return { value: undefined, done: true };
      },
    };
  }
}
