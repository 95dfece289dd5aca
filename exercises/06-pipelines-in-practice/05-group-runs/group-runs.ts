/**
 * Yields `[k, run]` for every run of consecutive items of `items` whose keys
 * (`key(item)`, compared with `===`) are equal, lazily, like Python's
 * `itertools.groupby`. Each run is a new array.
 */
export function* groupRuns<T, K>(items: Iterable<T>, key: (item: T) => K): Generator<[K, T[]], void, undefined> {
  // TODO: hold the current run and its key; yield the run when an item with
  // another key arrives, and the last run when the items run out.
}
