// Hands the work to tree.flat(Infinity): one short line, but it copies every level before the first value is yielded.
/** Arrays nested to any depth, with values of type T at the leaves. */
export interface NestedArray<T> extends ReadonlyArray<T | NestedArray<T>> {}

export function* flatten<T>(tree: NestedArray<T>): Generator<T, void, undefined> {
  yield* (tree as readonly unknown[]).flat(Infinity) as T[];
}
