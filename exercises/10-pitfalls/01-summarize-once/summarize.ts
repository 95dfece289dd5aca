export interface Summary {
  count: number;
  min: number;
  max: number;
  mean: number;
}

/** Count, smallest, largest and mean of `values`. Throws a RangeError if there are none. */
export function summarize(values: Iterable<number>): Summary {
  // TODO: this reads `values` four times, so it is wrong for a generator. Read it once.
  const count = [...values].length;
  if (count === 0) throw new RangeError('summarize needs at least one value');
  let total = 0;
  for (const v of values) total += v;
  return { count, min: Math.min(...values), max: Math.max(...values), mean: total / count };
}
