// Checks that the source looks iterable, but opens it only at the first next().
export function scaled(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  if (values == null || typeof values[Symbol.iterator] !== 'function') {
    throw new TypeError('values is not iterable');
  }
  return scaleEach(values, factor);
}

function* scaleEach(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  for (const value of values) yield value * factor;
}
