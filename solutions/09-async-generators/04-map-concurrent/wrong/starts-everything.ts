// Calls fn for every value up front and then awaits them in order: results in order, but no limit at all.
export async function* mapConcurrent<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T) => Promise<U>,
  limit: number,
): AsyncGenerator<U, void, undefined> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  const started: Promise<U>[] = [];
  for await (const value of source) {
    const result = fn(value);
    result.catch(() => {});
    started.push(result);
  }
  for (const result of started) yield await result;
}
