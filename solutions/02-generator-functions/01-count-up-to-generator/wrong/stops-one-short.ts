// Loops while n < limit, so the limit itself is never yielded.
export function* countUpTo(limit: number): Generator<number, void, undefined> {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
  }
  for (let n = 1; n < limit; n++) yield n;
}
