export interface Tree<T> {
  value: T;
  children?: readonly Tree<T>[];
}

/**
 * Yields every value in `tree`, each node before its children (pre-order),
 * and returns the number of nodes it visited.
 */
export function* walk<T>(tree: Tree<T>): Generator<T, number, undefined> {
  yield tree.value;
  let visited = 1;
  for (const child of tree.children ?? []) {
    // yield* hands on the child's values and evaluates to what the child's walk returns
    visited += yield* walk(child);
  }
  return visited;
}
