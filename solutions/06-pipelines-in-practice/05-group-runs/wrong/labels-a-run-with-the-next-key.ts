// Yields the finished run under the key of the item that ended it, not its own key.
export function* groupRuns<T, K>(items: Iterable<T>, key: (item: T) => K): Generator<[K, T[]], void, undefined> {
  let run: T[] = [];
  let runKey: K | undefined;
  for (const item of items) {
    const itemKey = key(item);
    if (run.length > 0 && itemKey !== runKey) {
      yield [itemKey, run];
      run = [];
    }
    runKey = itemKey;
    run.push(item);
  }
  if (run.length > 0) yield [runKey as K, run];
}
