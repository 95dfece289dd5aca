export interface Tree<T> {
  value: T;
  children?: readonly Tree<T>[];
}

/**
 * Yields every value in `tree`, each node before its children (pre-order),
 * and returns the number of nodes it visited.
 */
export function* walk<T>(tree: Tree<T>): Generator<T, number, undefined> {
  // TODO: yield this node's value, walk each child with yield*,
  // and add up what the walks of the children return
  return 0;
}
