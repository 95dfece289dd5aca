/**
 * Yields `await fn(value)` for every value of `source`, in the source's order,
 * with up to `limit` calls of `fn` running at once.
 */
export async function* mapConcurrent<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T) => Promise<U>,
  limit: number,
): AsyncGenerator<U, void, undefined> {
  // TODO: this version is correct but runs one call at a time.
  // Keep up to `limit` calls running, hand out results in order, and reject limit < 1 with a RangeError.
  for await (const value of source) {
    yield await fn(value);
  }
}
