// Keeps the current number in range() itself, so every loop shares it and a second loop finds it used up.
export function range(start: number, end: number, step = 1): Iterable<number> {
  if (step === 0) throw new RangeError('range() step must not be zero');
  let current = start;
  return {
    [Symbol.iterator](): Iterator<number> {
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
