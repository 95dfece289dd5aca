/**
 * Yields, lazily, the items of `source` for which `predicate(item, index)` is true.
 * `index` counts every item pulled from `source`, starting at 0.
 */
export function* filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined> {
  // TODO: pull items one at a time and yield those that pass.
  // TODO: add an overload above so that a type-guard predicate narrows the item type.
}
