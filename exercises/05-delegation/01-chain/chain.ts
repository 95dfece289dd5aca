/** Yields the items of each source in turn: all of the first, then all of the second, … */
export function* chain<T>(...sources: Iterable<T>[]): Generator<T, void, undefined> {
  // TODO: hand each source's items on, in order, without reading ahead
}
