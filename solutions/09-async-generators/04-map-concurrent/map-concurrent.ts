/**
 * Yields `await fn(value)` for every value of `source`, in the source's order,
 * with up to `limit` calls of `fn` running at once.
 */
export async function* mapConcurrent<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T) => Promise<U>,
  limit: number,
): AsyncGenerator<U, void, undefined> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);

  // Started but not yet handed out, oldest first: the order results must come out in.
  const queue: Promise<U>[] = [];
  for await (const value of source) {
    const result = fn(value);
    // A later call may fail while we await an older one; this keeps that from
    // being reported as unhandled. The error still surfaces when we await it.
    result.catch(() => {});
    queue.push(result);
    if (queue.length >= limit) yield await queue.shift()!;
  }
  while (queue.length > 0) yield await queue.shift()!;
}
