// Writes value || fallback, which also replaces 0, '' and false, and returns a finished iterator's value.
export function nextOr<T, D>(iterator: Iterator<T>, fallback: D): T | D {
  return iterator.next().value || fallback;
}
