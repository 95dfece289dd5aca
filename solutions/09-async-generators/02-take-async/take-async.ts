/**
 * Yields the first `count` values of `source`, then closes it. Pulls no value
 * it will not yield.
 */
export async function* takeAsync<T>(source: AsyncIterable<T>, count: number): AsyncGenerator<T, void, undefined> {
  if (count <= 0) return;
  let taken = 0;
  for await (const value of source) {
    yield value;
    taken += 1;
    // Leaving the loop here makes for await call source.return().
    if (taken >= count) return;
  }
}
