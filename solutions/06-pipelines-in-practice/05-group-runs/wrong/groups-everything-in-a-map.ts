// Groups all items by key in a Map first: eager, and equal keys far apart end up in one group.
export function* groupRuns<T, K>(items: Iterable<T>, key: (item: T) => K): Generator<[K, T[]], void, undefined> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const itemKey = key(item);
    const group = groups.get(itemKey);
    if (group) group.push(item);
    else groups.set(itemKey, [item]);
  }
  yield* groups.entries();
}
