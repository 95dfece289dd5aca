/**
 * Yields the leaves of nested arrays, depth first, left to right.
 * Anything that is not an array (a number, a string, an object, a Set…) is a leaf.
 */
export function* flatten(value: unknown): Generator<unknown, void, undefined> {
  if (!Array.isArray(value)) {
    yield value;
    return;
  }
  for (const item of value) {
    yield* flatten(item);
  }
}
