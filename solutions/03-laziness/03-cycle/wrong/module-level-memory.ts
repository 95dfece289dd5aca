// Remembers the items in a module-level array, so two cycles share (and mix) their saved items.
const saved: unknown[] = [];

export function* cycle<T>(source: Iterable<T>): Generator<T, void, undefined> {
  saved.length = 0;
  for (const item of source) {
    yield item;
    saved.push(item);
  }
  if (saved.length === 0) return;
  for (;;) {
    for (const item of saved) yield item as T;
  }
}
