// Reads once, but drops the check for no values: an empty input returns a mean of NaN and an Infinity minimum instead of throwing.
export interface Summary {
  count: number;
  min: number;
  max: number;
  mean: number;
}

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
  return { count, min, max, mean: total / count };
}
