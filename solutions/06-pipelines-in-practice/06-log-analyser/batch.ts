/**
 * Milestone 2. Yields the items of `items` in arrays of `size` (the last one
 * shorter, never an empty one), each a new array, pulling no item before it
 * is needed.
 */
export function* batches<T>(items: Iterable<T>, size: number): Generator<T[], void, undefined> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
