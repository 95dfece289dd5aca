/**
 * Yields `[k, run]` for every run of consecutive items of `items` whose keys
 * (`key(item)`, compared with `===`) are equal, lazily, like Python's
 * `itertools.groupby`. Each run is a new array.
 */
export function* groupRuns<T, K>(items: Iterable<T>, key: (item: T) => K): Generator<[K, T[]], void, undefined> {
  let run: T[] = [];
  let runKey: K | undefined;
  for (const item of items) {
    const itemKey = key(item);
    if (run.length > 0 && itemKey !== runKey) {
      yield [runKey as K, run];
      run = []; // a new array: the consumer may keep the one it was given
    }
    runKey = itemKey;
    run.push(item);
  }
  // The last run has no item after it to end it.
  if (run.length > 0) yield [runKey as K, run];
}
