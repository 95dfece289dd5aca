// Uses `if (runKey && …)` to ask "is there a run yet?", so a falsy key (0, '', false) never ends a run properly.
export function* groupRuns<T, K>(items: Iterable<T>, key: (item: T) => K): Generator<[K, T[]], void, undefined> {
  let run: T[] = [];
  let runKey: K | undefined;
  for (const item of items) {
    const itemKey = key(item);
    if (runKey && itemKey !== runKey) {
      yield [runKey, run];
      run = [];
    }
    runKey = itemKey;
    run.push(item);
  }
  if (run.length > 0) yield [runKey as K, run];
}
