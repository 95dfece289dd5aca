// Copies every item of every source into one array before yielding: eager, and stuck on an endless source.
export function* chain<T>(...sources: Iterable<T>[]): Generator<T, void, undefined> {
  const all: T[] = [];
  for (const source of sources) {
    for (const item of source) all.push(item);
  }
  yield* all;
}
