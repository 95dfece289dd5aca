// Hands the child's values on with a for…of loop, which drops the child's return value, and counts each child as one node.
export interface Tree<T> {
  value: T;
  children?: readonly Tree<T>[];
}

export function* walk<T>(tree: Tree<T>): Generator<T, number, undefined> {
  yield tree.value;
  let visited = 1;
  for (const child of tree.children ?? []) {
    for (const value of walk(child)) yield value;
    visited += 1;
  }
  return visited;
}
