// Spreads the source into an array before yielding, which never finishes for an endless source.
export function* cycle<T>(source: Iterable<T>): Generator<T, void, undefined> {
  const saved = [...source];
  if (saved.length === 0) return;
  for (;;) {
    for (const item of saved) yield item;
  }
}
