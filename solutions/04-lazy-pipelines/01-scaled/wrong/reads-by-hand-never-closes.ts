// Reads the iterator with next() by hand, so nothing closes it when the consumer stops early.
export function scaled(values: Iterable<number>, factor: number): Generator<number, void, undefined> {
  const iterator = values[Symbol.iterator]();
  return (function* () {
    while (true) {
      const result = iterator.next();
      if (result.done) return;
      yield result.value * factor;
    }
  })();
}
