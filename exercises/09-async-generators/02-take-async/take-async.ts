/**
 * Yields the first `count` values of `source`, then closes it. Pulls no value
 * it will not yield.
 */
export async function* takeAsync<T>(source: AsyncIterable<T>, count: number): AsyncGenerator<T, void, undefined> {
  // TODO: loop over source with for await, yield each value, and stop after `count` of them
}
