// Calls return() on both sources in finally, including one that already reported done.
export function* zip<A, B>(left: Iterable<A>, right: Iterable<B>): Generator<[A, B], void, undefined> {
  const a = left[Symbol.iterator]();
  const b = right[Symbol.iterator]();
  try {
    while (true) {
      const ra = a.next();
      if (ra.done) return;
      const rb = b.next();
      if (rb.done) return;
      yield [ra.value, rb.value];
    }
  } finally {
    a.return?.();
    b.return?.();
  }
}
