// Increments the index before using it (++index): the first value gets index 1.
export async function* mapAsync<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => U | PromiseLike<U>,
): AsyncGenerator<U, void, undefined> {
  let index = 0;
  for await (const value of source) {
    yield await fn(value, ++index);
  }
}
