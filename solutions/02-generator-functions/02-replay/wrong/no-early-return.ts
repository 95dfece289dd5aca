// Has no early return for rounds <= 0, so the first round still reads and yields `items`.
export function* replay<T>(items: Iterable<T>, rounds: number): Generator<T, void, undefined> {
  const saved: T[] = [];
  for (const item of items) {
    saved.push(item);
    yield item;
  }
  for (let round = 1; round < rounds; round++) {
    for (const item of saved) yield item;
  }
}
