// Never looks at done: once the items run out it yields [undefined, undefined] forever.
export function* pairUp<T>(items: Iterable<T>): Generator<[T, T], void, undefined> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    yield [iterator.next().value, iterator.next().value];
  }
}
