// Writes value ?? fallback: a yielded undefined or null becomes the fallback, and a finished iterator's value leaks out.
export function nextOr<T, D>(iterator: Iterator<T>, fallback: D): T | D {
  return iterator.next().value ?? fallback;
}
