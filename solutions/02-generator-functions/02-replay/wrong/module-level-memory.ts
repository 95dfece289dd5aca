// Remembers the items in a module-level array, so every replay() call sees the items of the calls before it.
const saved: unknown[] = [];

export function* replay<T>(items: Iterable<T>, rounds: number): Generator<T, void, undefined> {
  if (rounds <= 0) return;
  for (const item of items) {
    saved.push(item);
    yield item;
  }
  for (let round = 1; round < rounds; round++) {
    for (const item of saved) yield item as T;
  }
}
