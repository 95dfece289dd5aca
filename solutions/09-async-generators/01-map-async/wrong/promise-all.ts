// Collects the source and runs every call at once with Promise.all: the order is kept, but nothing is lazy and the calls overlap.
export async function* mapAsync<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => U | PromiseLike<U>,
): AsyncGenerator<U, void, undefined> {
  const values: T[] = [];
  for await (const value of source) values.push(value);
  yield* await Promise.all(values.map((value, index) => fn(value, index)));
}
