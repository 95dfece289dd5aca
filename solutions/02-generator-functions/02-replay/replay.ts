/**
 * Yields the items of `items`, `rounds` times over, reading `items` only once
 * (each item is passed on as it arrives, and remembered for later rounds).
 */
export function* replay<T>(items: Iterable<T>, rounds: number): Generator<T, void, undefined> {
  if (rounds <= 0) return;
  const saved: T[] = [];
  for (const item of items) {
    saved.push(item);
    yield item;
  }
  // Later rounds replay from memory: `items` may be single use.
  for (let round = 1; round < rounds; round++) {
    for (const item of saved) yield item;
  }
}
