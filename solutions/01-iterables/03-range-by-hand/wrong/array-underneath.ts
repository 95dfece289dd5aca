// Computes every number up front into an array, so an endless range cannot work.
export function range(start: number, end: number, step = 1): Iterable<number> {
  if (step === 0) throw new RangeError('range() step must not be zero');
  const length = Math.max(0, Math.ceil((end - start) / step));
  return Array.from({ length }, (_, i) => start + i * step);
}
