// Pulls with the iterator's next() by hand and simply stops: nobody calls return(), so the source's finally never runs.
export async function* takeAsync<T>(source: AsyncIterable<T>, count: number): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  for (let taken = 0; taken < count; taken++) {
    const result = await iterator.next();
    if (result.done) return;
    yield result.value;
  }
}
