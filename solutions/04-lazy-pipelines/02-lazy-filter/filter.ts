/**
 * Yields, lazily, the items of `source` for which `predicate(item, index)` is true.
 * `index` counts every item pulled from `source`, starting at 0.
 */
export function filter<T, S extends T>(
  source: Iterable<T>,
  predicate: (item: T, index: number) => item is S,
): Generator<S, void, undefined>;
export function filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined>;
export function* filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined> {
  let index = 0;
  for (const item of source) {
    if (predicate(item, index++)) yield item;
  }
}
