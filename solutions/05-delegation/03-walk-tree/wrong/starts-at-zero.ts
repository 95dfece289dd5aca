// Starts the count at 0, so the node itself is never counted.
export interface Tree<T> {
  value: T;
  children?: readonly Tree<T>[];
}

export function* walk<T>(tree: Tree<T>): Generator<T, number, undefined> {
  yield tree.value;
  let visited = 0;
  for (const child of tree.children ?? []) visited += yield* walk(child);
  return visited;
}
