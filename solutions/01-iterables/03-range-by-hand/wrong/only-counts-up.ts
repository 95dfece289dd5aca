// Always stops at current >= end, so a negative step yields nothing (or runs forever when start < end).
export function range(start: number, end: number, step = 1): Iterable<number> {
  if (step === 0) throw new RangeError('range() step must not be zero');
  return {
    [Symbol.iterator](): Iterator<number> {
      let current = start;
      return {
        next(): IteratorResult<number> {
          if (current >= end) return { value: undefined, done: true };
          const value = current;
          current += step;
          return { value, done: false };
        },
      };
    },
  };
}
