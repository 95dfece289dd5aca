/**
 * Yields `value * factor` for each value of `values`, lazily, like Python's
 * `(value * factor for value in values)`: it asks `values` for its iterator
 * at the call, so a source that is not iterable throws a TypeError at once.
 */
export function scaled(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  // A plain function runs at the call: a non-iterable throws a TypeError here.
  const iterator = values[Symbol.iterator]();
  return scaleEach(iterator, factor);
}

function* scaleEach(iterator: Iterator<number>, factor: number): Generator<number, void, undefined> {
  // for…of needs an iterable; wrapped, the iterator is read once and closed
  // if the consumer stops early.
  for (const value of { [Symbol.iterator]: () => iterator }) {
    yield value * factor;
  }
}
