// Empties the one run array with length = 0 instead of starting a new one, so yielded runs change.
export function* groupRuns<T, K>(items: Iterable<T>, key: (item: T) => K): Generator<[K, T[]], void, undefined> {
  const run: T[] = [];
  let runKey: K | undefined;
  for (const item of items) {
    const itemKey = key(item);
    if (run.length > 0 && itemKey !== runKey) {
      yield [runKey as K, run];
      run.length = 0;
    }
    runKey = itemKey;
    run.push(item);
  }
  if (run.length > 0) yield [runKey as K, run];
}
