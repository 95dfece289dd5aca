// Marks the last item itself as done: true, so for…of and spread never see it.
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}

  [Symbol.iterator](): Iterator<number> {
    let current = 0;
    const max = this.max;
    return {
      next(): IteratorResult<number> {
        if (current >= max) return { value: undefined, done: true };
        current += 1;
        return { value: current, done: current === max } as IteratorResult<number>;
      },
    };
  }
}
