/**
 * Yields `value * factor` for each value of `values`, lazily, like Python's
 * `(value * factor for value in values)`: it asks `values` for its iterator
 * at the call, so a source that is not iterable throws a TypeError at once.
 */
export function scaled(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  // TODO: ask `values` for its iterator now, then return a generator that
  // reads from that iterator only when asked.
  // (A function* body would only run at the first next(): too late.)
  return (function* () {})();
}
