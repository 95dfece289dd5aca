/**
 * start, start + step, start + 2·step, … up to but not including `end`
 * (down to, for a negative step). Reusable: every loop starts again.
 */
export function range(start: number, end: number, step = 1): Iterable<number> {
  // TODO: throw a RangeError for step 0, then return an object whose
  // [Symbol.iterator]() creates a fresh iterator each time it is called
  return {
    [Symbol.iterator]() {
      return {
        next: () => ({ value: undefined, done: true }),
      };
    },
  };
}
