// Spreads `items` into an array before yielding anything, so the first item waits for the whole source.
export function* replay<T>(items: Iterable<T>, rounds: number): Generator<T, void, undefined> {
  if (rounds <= 0) return;
  const saved = [...items];
  for (let round = 0; round < rounds; round++) {
    for (const item of saved) yield item;
  }
}
