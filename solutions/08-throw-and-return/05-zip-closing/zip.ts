/**
 * Yields [a, b] pairs until either source runs out. Closes (calls return() on)
 * every source iterator that has not finished by itself, exactly once.
 */
export function* zip<A, B>(left: Iterable<A>, right: Iterable<B>): Generator<[A, B], void, undefined> {
  const a = left[Symbol.iterator]();
  const b = right[Symbol.iterator]();
  // An iterator that reported done is finished; only the others need closing.
  let aDone = false;
  let bDone = false;
  try {
    while (true) {
      const ra = a.next();
      if (ra.done) {
        aDone = true;
        return; // without pulling b for nothing
      }
      const rb = b.next();
      if (rb.done) {
        bDone = true;
        return;
      }
      yield [ra.value, rb.value];
    }
  } finally {
    // Runs when a source runs out, on break/return(), and on throw().
    if (!aDone) a.return?.();
    if (!bDone) b.return?.();
  }
}
