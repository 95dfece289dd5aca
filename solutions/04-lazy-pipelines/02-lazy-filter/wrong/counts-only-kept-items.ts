// Increases the index only for the items that pass, so it stops matching the item's position in the source.
export function filter<T, S extends T>(
  source: Iterable<T>,
  predicate: (item: T, index: number) => item is S,
): Generator<S, void, undefined>;
export function filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined>;
export function* filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined> {
  let index = 0;
  for (const item of source) {
    if (predicate(item, index)) {
      index++;
      yield item;
    }
  }
}
