/** Yields the items of `source`, then the same items again, forever. */
export function* cycle<T>(source: Iterable<T>): Generator<T, void, undefined> {
  // First pass: hand each item out as it arrives, and keep a copy.
  const saved: T[] = [];
  for (const item of source) {
    yield item;
    saved.push(item);
  }
  // Without this, the loop below would spin forever without reaching a yield.
  if (saved.length === 0) return;
  for (;;) {
    for (const item of saved) yield item;
  }
}
