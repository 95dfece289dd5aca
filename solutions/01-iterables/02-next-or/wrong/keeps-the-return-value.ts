// Returns the value of a done: true result when it has one, but that is the return value, not an item.
export function nextOr<T, D>(iterator: Iterator<T>, fallback: D): T | D {
  const result = iterator.next();
  if (result.done && result.value === undefined) return fallback;
  return result.value;
}
