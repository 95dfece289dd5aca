/**
 * Yields 1, 2, …, limit. Throws a RangeError (on the first next(), like any
 * code in a generator body) unless limit is a whole number ≥ 0.
 */
export function* countUpTo(limit: number): Generator<number, void, undefined> {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
  }
  for (let n = 1; n <= limit; n++) yield n;
}
