/**
 * Like Python's `next(it, default)`: advances `iterator` by one step and
 * returns the value it produced, or `fallback` once it is finished.
 */
export function nextOr<T, D>(iterator: Iterator<T>, fallback: D): T | D {
  // TODO: call iterator.next() once and look at the result
  return fallback;
}
