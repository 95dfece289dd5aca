// Reads each source with next() by hand and never calls return(), so stopping early leaves the open source open.
export function* chain<T>(...sources: Iterable<T>[]): Generator<T, void, undefined> {
  for (const source of sources) {
    const iterator = source[Symbol.iterator]();
    while (true) {
      const result = iterator.next();
      if (result.done) break;
      yield result.value;
    }
  }
}
