/**
 * Yields 1, 2, …, limit. Throws a RangeError (on the first next(), like any
 * code in a generator body) unless limit is a whole number ≥ 0.
 */
export function* countUpTo(limit: number): Generator<number, void, undefined> {
  // TODO: check limit, then yield 1 up to limit
}
