// Yields the node after its children: a post-order walk instead of pre-order.
export interface Tree<T> {
  value: T;
  children?: readonly Tree<T>[];
}

export function* walk<T>(tree: Tree<T>): Generator<T, number, undefined> {
  let visited = 1;
  for (const child of tree.children ?? []) visited += yield* walk(child);
  yield tree.value;
  return visited;
}
