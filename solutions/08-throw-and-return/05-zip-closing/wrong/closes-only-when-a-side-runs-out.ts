// Closes the other source when one runs out, but has no finally: break, return() and throw() close nothing.
export function* zip<A, B>(left: Iterable<A>, right: Iterable<B>): Generator<[A, B], void, undefined> {
  const a = left[Symbol.iterator]();
  const b = right[Symbol.iterator]();
  while (true) {
    const ra = a.next();
    if (ra.done) {
      b.return?.();
      return;
    }
    const rb = b.next();
    if (rb.done) {
      a.return?.();
      return;
    }
    yield [ra.value, rb.value];
  }
}
