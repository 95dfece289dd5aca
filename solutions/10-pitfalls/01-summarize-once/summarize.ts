export interface Summary {
  count: number;
  min: number;
  max: number;
  mean: number;
}

/** Count, smallest, largest and mean of `values`. Throws a RangeError if there are none. */
export function summarize(values: Iterable<number>): Summary {
  let count = 0;
  let total = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    count += 1;
    total += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (count === 0) throw new RangeError('summarize needs at least one value');
  return { count, min, max, mean: total / count };
}
