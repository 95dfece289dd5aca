// Checks done on the first half only, so an odd item comes out as [item, undefined] instead of an error.
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const first = iterator.next();
    if (first.done) return;
    const second = iterator.next();
    yield [first.value, second.value];
  }
}
