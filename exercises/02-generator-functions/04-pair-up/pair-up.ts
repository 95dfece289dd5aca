/**
 * Yields the items two at a time: [a, b], [c, d], … Finishes when `items`
 * runs out between two pairs; throws an Error ("missing value for …") when
 * it runs out in the middle of one.
 */
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  // TODO: pull from an iterator of `items` with next(), two results per pair,
  // and look at `done` on every result before you use its value
}
