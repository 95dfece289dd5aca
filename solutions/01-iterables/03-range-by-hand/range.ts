/**
 * start, start + step, start + 2·step, … up to but not including `end`
 * (down to, for a negative step). Reusable: every loop starts again.
 */
export function range(start: number, end: number, step = 1): Iterable<number> {
  if (step === 0) throw new RangeError('range() step must not be zero');
  const before = step > 0 ? (n: number) => n < end : (n: number) => n > end;
  return {
    [Symbol.iterator](): Iterator<number> {
      // The position belongs to this iterator, so each loop starts at `start`.
      let current = start;
      return {
        next(): IteratorResult<number> {
          if (!before(current)) return { value: undefined, done: true };
          const value = current;
          current += step;
          return { value, done: false };
        },
      };
    },
  };
}
