// Starts the loop at 0, so it yields 0, 1, …, limit.
export function* countUpTo(limit: number): Generator<number, void, undefined> {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
  }
  for (let n = 0; n <= limit; n++) yield n;
}
