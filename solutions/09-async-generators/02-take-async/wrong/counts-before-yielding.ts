// Counts the value and returns when the count is reached, before yielding it: the last value is pulled but never handed out.
export async function* takeAsync<T>(source: AsyncIterable<T>, count: number): AsyncGenerator<T, void, undefined> {
  let taken = 0;
  for await (const value of source) {
    taken += 1;
    if (taken >= count) return;
    yield value;
  }
}
