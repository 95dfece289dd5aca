// Increments the index before calling the predicate, so it counts from 1.
export function filter<T, S extends T>(
  source: Iterable<T>,
  predicate: (item: T, index: number) => item is S,
): Generator<S, void, undefined>;
export function filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined>;
export function* filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined> {
  let index = 0;
  for (const item of source) {
    if (predicate(item, ++index)) yield item;
  }
}
