/**
 * Yields the items two at a time: [a, b], [c, d], … Finishes when `items`
 * runs out between two pairs; throws an Error ("missing value for …") when
 * it runs out in the middle of one.
 */
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const first = iterator.next();
    if (first.done) return; // ran out between pairs: the normal end
    const second = iterator.next();
    // Ran out in the middle of a pair: `second.value` is no item, so say so.
    if (second.done) throw new Error(`missing value for ${String(first.value)}`);
    yield [first.value, second.value];
  }
}
