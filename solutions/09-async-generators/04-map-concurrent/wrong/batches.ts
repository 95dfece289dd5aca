// Works in batches of `limit` with Promise.all: each batch waits for its slowest call before the next batch starts.
export async function* mapConcurrent<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T) => Promise<U>,
  limit: number,
): AsyncGenerator<U, void, undefined> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  let batch: T[] = [];
  for await (const value of source) {
    batch.push(value);
    if (batch.length === limit) {
      yield* await Promise.all(batch.map(fn));
      batch = [];
    }
  }
  yield* await Promise.all(batch.map(fn));
}
