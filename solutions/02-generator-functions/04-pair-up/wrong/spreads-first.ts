// Spreads the items into an array first: eager, so an endless source never yields a pair.
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  const all = [...items];
  for (let i = 0; i < all.length; i += 2) {
    if (i + 1 === all.length) throw new Error(`missing value for ${String(all[i])}`);
    yield [all[i], all[i + 1]];
  }
}
