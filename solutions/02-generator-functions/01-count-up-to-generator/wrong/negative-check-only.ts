// Rejects only negative limits, so 2.5 and NaN slip through without a RangeError.
export function* countUpTo(limit: number): Generator<number, void, undefined> {
  if (limit < 0) throw new RangeError(`limit must be ≥ 0, got ${limit}`);
  for (let n = 1; n <= limit; n++) yield n;
}
