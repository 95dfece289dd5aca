// Copies the whole source into an array before the first call: fn is still called lazily, but the source is read to the end at once.
export async function* mapAsync<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => U | PromiseLike<U>,
): AsyncGenerator<U, void, undefined> {
  const values: T[] = [];
  for await (const value of source) values.push(value);
  for (let index = 0; index < values.length; index++) yield await fn(values[index], index);
}
