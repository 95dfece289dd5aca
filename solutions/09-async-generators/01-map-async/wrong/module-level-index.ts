// Keeps the index in a module-level variable: the second mapAsync goes on counting where the first one stopped.
let index = 0;

export async function* mapAsync<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => U | PromiseLike<U>,
): AsyncGenerator<U, void, undefined> {
  for await (const value of source) {
    yield await fn(value, index++);
  }
}
