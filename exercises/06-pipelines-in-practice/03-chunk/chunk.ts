/**
 * Groups the items of `source` into arrays of `size` (the last one may be
 * shorter). Throws a RangeError at once, when called, if `size` is not a
 * whole number of at least 1.
 */
export function chunk<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  // TODO: check `size` here, then return a generator that does the grouping.
  // (A generator function's body would only run at the first next(): too late for the check.)
  return (function* () {})();
}
