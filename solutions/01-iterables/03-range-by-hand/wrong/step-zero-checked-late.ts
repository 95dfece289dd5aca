// Checks for step 0 only when a loop starts, not when range() is called.
export function range(start: number, end: number, step = 1): Iterable<number> {
  return {
    [Symbol.iterator](): Iterator<number> {
      if (step === 0) throw new RangeError('range() step must not be zero');
      let current = start;
      return {
        next(): IteratorResult<number> {
          const before = step > 0 ? current < end : current > end;
          if (!before) return { value: undefined, done: true };
          const value = current;
          current += step;
          return { value, done: false };
        },
      };
    },
  };
}
