// Counts in a module-level variable instead of adding up what yield* returns, so a second walk keeps counting from the first.
export interface Tree<T> {
  value: T;
  children?: readonly Tree<T>[];
}

let visited = 0;

export function* walk<T>(tree: Tree<T>): Generator<T, number, undefined> {
  visited += 1;
  yield tree.value;
  for (const child of tree.children ?? []) yield* walk(child);
  return visited;
}
