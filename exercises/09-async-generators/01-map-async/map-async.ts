/**
 * Yields `await fn(value, index)` for every value of `source`, in order,
 * calling `fn` only when the next result is requested.
 */
export async function* mapAsync<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => U | PromiseLike<U>,
): AsyncGenerator<U, void, undefined> {
  // TODO: loop over source with for await, and yield the awaited result of fn(value, index)
}
