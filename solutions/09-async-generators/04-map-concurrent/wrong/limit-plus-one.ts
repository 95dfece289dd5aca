// Awaits the oldest call only once the queue holds more than `limit` promises: limit + 1 calls run at once.
export async function* mapConcurrent<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T) => Promise<U>,
  limit: number,
): AsyncGenerator<U, void, undefined> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  const queue: Promise<U>[] = [];
  for await (const value of source) {
    const result = fn(value);
    result.catch(() => {});
    queue.push(result);
    if (queue.length > limit) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
