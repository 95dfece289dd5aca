// Pulls with next() by hand and never calls return(), so a source left early is never closed.
export function* take<T>(source: Iterable<T>, n: number): Generator<T, void, undefined> {
  const iterator = source[Symbol.iterator]();
  for (let i = 0; i < n; i++) {
    const result = iterator.next();
    if (result.done) return;
    yield result.value;
  }
}
