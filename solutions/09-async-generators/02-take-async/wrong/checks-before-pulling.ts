// Checks the count at the top of the loop, after for await has already pulled the next value: one pull too many.
export async function* takeAsync<T>(source: AsyncIterable<T>, count: number): AsyncGenerator<T, void, undefined> {
  let taken = 0;
  for await (const value of source) {
    if (taken >= count) return;
    yield value;
    taken += 1;
  }
}
