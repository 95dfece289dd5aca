// Has no guard for an empty source, so the endless loop never reaches a yield and the first next() never returns.
export function* cycle<T>(source: Iterable<T>): Generator<T, void, undefined> {
  const saved: T[] = [];
  for (const item of source) {
    yield item;
    saved.push(item);
  }
  for (;;) {
    for (const item of saved) yield item;
  }
}
