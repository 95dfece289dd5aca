// Empties the one batch array with length = 0 after yielding it, so chunks the consumer kept are emptied too.
/**
 * Groups the items of `source` into arrays of `size` (the last one may be
 * shorter). Throws a RangeError at once, when called, if `size` is not a
 * whole number of at least 1.
 */
export function chunk<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  // A plain function runs as soon as it is called, so the check happens now...
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`chunk size must be a whole number of at least 1, not ${size}`);
  }
  // ...while the generator it returns does nothing until the first next().
  return chunks(source, size);
}

function* chunks<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  const batch: T[] = [];
  for (const item of source) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch.length = 0;
    }
  }
  if (batch.length > 0) yield batch;
}
