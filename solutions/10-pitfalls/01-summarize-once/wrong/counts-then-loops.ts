// Counts with one pass and sums with another: the second loop over a generator finds nothing.
export interface Summary {
  count: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(values: Iterable<number>): Summary {
  let count = 0;
  for (const _ of values) count += 1;
  if (count === 0) throw new RangeError('summarize needs at least one value');
  let total = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    total += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { count, min, max, mean: total / count };
}
