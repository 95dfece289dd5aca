/**
 * Like Python's `next(it, default)`: advances `iterator` by one step and
 * returns the value it produced, or `fallback` once it is finished.
 */
export function nextOr<T, D>(iterator: Iterator<T>, fallback: D): T | D {
  const result = iterator.next();
  // `done` alone says whether the iterator is finished: a yielded value may be
  // undefined, and a finished iterator may still carry a value.
  return result.done ? fallback : result.value;
}
