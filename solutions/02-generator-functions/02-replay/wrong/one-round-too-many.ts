// Counts the replayed rounds from 0, so it yields rounds + 1 rounds in all.
export function* replay<T>(items: Iterable<T>, rounds: number): Generator<T, void, undefined> {
  if (rounds <= 0) return;
  const saved: T[] = [];
  for (const item of items) {
    saved.push(item);
    yield item;
  }
  for (let round = 0; round < rounds; round++) {
    for (const item of saved) yield item;
  }
}
