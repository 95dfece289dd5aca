// Yields a run only when an item with another key arrives, so the last run is never yielded.
export function* groupRuns<T, K>(items: Iterable<T>, key: (item: T) => K): Generator<[K, T[]], void, undefined> {
  let run: T[] = [];
  let runKey: K | undefined;
  for (const item of items) {
    const itemKey = key(item);
    if (run.length > 0 && itemKey !== runKey) {
      yield [runKey as K, run];
      run = [];
    }
    runKey = itemKey;
    run.push(item);
  }
}
