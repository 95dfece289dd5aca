// Decides by the value instead of done: a yielded undefined is taken for the end, and a finished iterator's value is returned.
export function nextOr<T, D>(iterator: Iterator<T>, fallback: D): T | D {
  const { value } = iterator.next();
  return value === undefined ? fallback : value;
}
