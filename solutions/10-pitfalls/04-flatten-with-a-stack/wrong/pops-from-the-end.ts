// Pushes each array's items on one stack and pops them off the end: the values come out in reverse order.
/** Arrays nested to any depth, with values of type T at the leaves. */
export interface NestedArray<T> extends ReadonlyArray<T | NestedArray<T>> {}

export function* flatten<T>(tree: NestedArray<T>): Generator<T, void, undefined> {
  const stack: (T | NestedArray<T>)[] = [...tree];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (Array.isArray(item)) stack.push(...(item as NestedArray<T>));
    else yield item as T;
  }
}
