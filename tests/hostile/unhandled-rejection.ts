// expect: failed
// expect-text: Nothing handled this error
// A correct solution that leaves a rejected promise nobody awaits: not solved.
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
export const lost = Promise.reject(new Error('a promise nobody awaited'));
