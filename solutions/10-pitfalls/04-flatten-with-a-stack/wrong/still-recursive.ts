// Tidies the recursion into one line but keeps yield*: every value still climbs through one generator per level, and deep input overflows the stack.
/** Arrays nested to any depth, with values of type T at the leaves. */
export interface NestedArray<T> extends ReadonlyArray<T | NestedArray<T>> {}

export function* flatten<T>(tree: NestedArray<T>): Generator<T, void, undefined> {
  for (const item of tree) yield* Array.isArray(item) ? flatten<T>(item) : [item as T];
}
