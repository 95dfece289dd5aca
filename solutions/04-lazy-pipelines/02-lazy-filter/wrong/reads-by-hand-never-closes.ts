// Calls next() by hand and never return(), so breaking out of the loop leaves the source open.
export function filter<T, S extends T>(
  source: Iterable<T>,
  predicate: (item: T, index: number) => item is S,
): Generator<S, void, undefined>;
export function filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined>;
export function* filter<T>(source: Iterable<T>, predicate: (item: T, index: number) => boolean): Generator<T, void, undefined> {
  const iterator = source[Symbol.iterator]();
  for (let index = 0; ; index++) {
    const result = iterator.next();
    if (result.done) return;
    if (predicate(result.value, index)) yield result.value;
  }
}
