/** Yields the items of each source in turn: all of the first, then all of the second, … */
export function* chain<T>(...sources: Iterable<T>[]): Generator<T, void, undefined> {
  for (const source of sources) {
    yield* source;
  }
}
