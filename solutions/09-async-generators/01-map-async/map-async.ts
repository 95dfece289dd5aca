/**
 * Yields `await fn(value, index)` for every value of `source`, in order,
 * calling `fn` only when the next result is requested.
 */
export async function* mapAsync<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => U | PromiseLike<U>,
): AsyncGenerator<U, void, undefined> {
  let index = 0;
  for await (const value of source) {
    yield await fn(value, index++);
  }
}
