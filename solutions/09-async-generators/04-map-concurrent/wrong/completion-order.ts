// Hands out whichever call settles first (Promise.race): the window slides, but the results come out in finishing order.
export async function* mapConcurrent<T, U>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T) => Promise<U>,
  limit: number,
): AsyncGenerator<U, void, undefined> {
  if (!(limit >= 1)) throw new RangeError(`limit must be at least 1, not ${limit}`);
  const running = new Map<number, Promise<[number, U]>>();
  let id = 0;
  for await (const value of source) {
    const key = id++;
    const call = fn(value).then((result): [number, U] => [key, result]);
    call.catch(() => {});
    running.set(key, call);
    if (running.size >= limit) {
      const [done, result] = await Promise.race(running.values());
      running.delete(done);
      yield result;
    }
  }
  while (running.size > 0) {
    const [done, result] = await Promise.race(running.values());
    running.delete(done);
    yield result;
  }
}
