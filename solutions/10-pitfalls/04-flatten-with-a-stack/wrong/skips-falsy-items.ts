// Skips "empty" items with a truthiness test: the values 0, '' and null disappear.
/** Arrays nested to any depth, with values of type T at the leaves. */
export interface NestedArray<T> extends ReadonlyArray<T | NestedArray<T>> {}

export function* flatten<T>(tree: NestedArray<T>): Generator<T, void, undefined> {
  const stack: { items: NestedArray<T>; index: number }[] = [{ items: tree, index: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.index >= top.items.length) {
      stack.pop();
      continue;
    }
    const item = top.items[top.index++];
    if (!item) continue;
    if (Array.isArray(item)) stack.push({ items: item, index: 0 });
    else yield item as T;
  }
}
