/**
 * Yields the leaves of nested arrays, depth first, left to right.
 * Anything that is not an array (a number, a string, an object, a Set…) is a leaf.
 */
export function* flatten(value: unknown): Generator<unknown, void, undefined> {
  // TODO: a leaf yields itself; an array hands each element to flatten
}
