/**
 * Yields [a, b] pairs until either source runs out. Closes (calls return() on)
 * every source iterator that has not finished by itself, exactly once.
 */
export function* zip<A, B>(left: Iterable<A>, right: Iterable<B>): Generator<[A, B], void, undefined> {
  // TODO: pull from both iterators by hand and close the unfinished ones, however this ends
  const a = left[Symbol.iterator]();
  const b = right[Symbol.iterator]();
  while (true) {
    const ra = a.next();
    const rb = b.next();
    if (ra.done || rb.done) return;
    yield [ra.value, rb.value];
  }
}
