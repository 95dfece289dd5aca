// Handles one pair and delegates the rest to a new pairUp, one nested generator per pair, which a long source cannot afford.
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  const iterator = items[Symbol.iterator]();
  const first = iterator.next();
  if (first.done) return;
  const second = iterator.next();
  if (second.done) throw new Error(`missing value for ${String(first.value)}`);
  yield [first.value, second.value];
  yield* pairUp({ [Symbol.iterator]: () => iterator });
}
