// Counts, but never returns the count, so the walk finishes with undefined.
export interface Tree<T> {
  value: T;
  children?: readonly Tree<T>[];
}

export function* walk<T>(tree: Tree<T>): Generator<T, number, undefined> {
  yield tree.value;
  let visited = 1;
  for (const child of tree.children ?? []) visited += yield* walk(child);
}
