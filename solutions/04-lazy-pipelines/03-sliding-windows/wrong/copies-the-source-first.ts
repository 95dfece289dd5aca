// Spreads the source into an array and slices it: eager, and never finishes on an endless source.
export function* windows<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  const all = [...source];
  for (let start = 0; start + size <= all.length; start++) {
    yield all.slice(start, start + size);
  }
}
