// Recurses on the rest of the sources: one nested generator per source, so many sources overflow the stack.
export function* chain<T>(...sources: Iterable<T>[]): Generator<T, void, undefined> {
  if (sources.length === 0) return;
  const [first, ...rest] = sources;
  yield* first;
  yield* chain(...rest);
}
