// Forgets done: true at the end and keeps answering done: false, so a loop over it never ends.
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}

  [Symbol.iterator](): Iterator<number> {
    let current = 0;
    const max = this.max;
    return {
      next(): IteratorResult<number> {
        if (current < max) current += 1;
        return { value: current, done: false };
      },
    };
  }
}
