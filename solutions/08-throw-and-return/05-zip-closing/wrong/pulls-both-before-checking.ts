// Pulls from both sources before checking either, so when the left runs out the right loses one more item.
export function* zip<A, B>(left: Iterable<A>, right: Iterable<B>): Generator<[A, B], void, undefined> {
  const a = left[Symbol.iterator]();
  const b = right[Symbol.iterator]();
  let aDone = false;
  let bDone = false;
  try {
    while (true) {
      const ra = a.next();
      const rb = b.next();
      aDone = ra.done === true;
      bDone = rb.done === true;
      if (ra.done || rb.done) return;
      yield [ra.value, rb.value];
    }
  } finally {
    if (!aDone) a.return?.();
    if (!bDone) b.return?.();
  }
}
