// Compares key(previous item) with key(item), so the key runs twice for most items.
export function* groupRuns<T, K>(items: Iterable<T>, key: (item: T) => K): Generator<[K, T[]], void, undefined> {
  let run: T[] = [];
  for (const item of items) {
    if (run.length > 0 && key(run[run.length - 1]) !== key(item)) {
      yield [key(run[0]), run];
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) yield [key(run[0]), run];
}
