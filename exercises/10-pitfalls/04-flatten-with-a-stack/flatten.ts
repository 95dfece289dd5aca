/** Arrays nested to any depth, with values of type T at the leaves. */
export interface NestedArray<T> extends ReadonlyArray<T | NestedArray<T>> {}

/** Yields the non-array values of `tree`, depth first, in order. */
export function* flatten<T>(tree: NestedArray<T>): Generator<T, void, undefined> {
  // TODO: every value climbs through one generator per level, and deep data
  // overflows the stack. Rewrite this as one generator with its own stack (no yield*).
  for (const item of tree) {
    if (Array.isArray(item)) yield* flatten<T>(item);
    else yield item as T;
  }
}
