// Looks one item ahead to know whether another batch comes: pulls an item before it is needed.
export function* batches<T>(items: Iterable<T>, size: number): Generator<T[], void, undefined> {
  const iterator = items[Symbol.iterator]();
  let result = iterator.next();
  try {
    while (!result.done) {
      const batch: T[] = [];
      while (!result.done && batch.length < size) {
        batch.push(result.value);
        result = iterator.next();
      }
      yield batch;
    }
  } finally {
    if (!result.done) iterator.return?.();
  }
}
