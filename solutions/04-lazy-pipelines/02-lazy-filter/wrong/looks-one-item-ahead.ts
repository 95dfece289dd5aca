// Reads the next item before handing out the current one, so it always pulls one item too many.
export function filter<T, S extends T>(
  source: Iterable<T>,
  predicate: (item: T, index: number) => item is S,
): Generator<S, void, undefined>;
export function filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined>;
export function* filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined> {
  const iterator = source[Symbol.iterator]();
  let index = 0;
  let current = iterator.next();
  while (!current.done) {
    const following = iterator.next();
    if (predicate(current.value, index++)) yield current.value;
    current = following;
  }
}
