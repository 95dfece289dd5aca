// Reads once, but starts min and max at 0 instead of at Infinity and -Infinity: an all-negative input gets max 0.
export interface Summary {
  count: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(values: Iterable<number>): Summary {
  let count = 0;
  let total = 0;
  let min = 0;
  let max = 0;
  for (const v of values) {
    count += 1;
    total += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (count === 0) throw new RangeError('summarize needs at least one value');
  return { count, min, max, mean: total / count };
}
