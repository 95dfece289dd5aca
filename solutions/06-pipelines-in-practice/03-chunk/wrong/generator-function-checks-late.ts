// A generator function: the size check sits in its body, which runs only at the first next().
export function* chunk<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`chunk size must be a whole number of at least 1, not ${size}`);
  }
  let batch: T[] = [];
  for (const item of source) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
