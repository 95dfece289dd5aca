// Loops over `items` again in every round, which gives nothing (or fails) the second time for a single-use source.
export function* replay<T>(items: Iterable<T>, rounds: number): Generator<T, void, undefined> {
  for (let round = 0; round < rounds; round++) {
    for (const item of items) yield item;
  }
}
