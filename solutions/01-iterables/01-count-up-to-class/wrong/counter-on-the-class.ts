// Keeps the counter on the class, so a second loop carries on where the first stopped instead of starting at 1.
export class CountUpTo implements Iterable<number> {
  private current = 0;

  constructor(private readonly max: number) {}

  [Symbol.iterator](): Iterator<number> {
    return {
      next: (): IteratorResult<number> => {
        if (this.current < this.max) {
          this.current += 1;
          return { value: this.current, done: false };
        }
        return { value: undefined, done: true };
      },
    };
  }
}
