// Uses a generator function, which the task rules out: the point is to drive both iterators and answer next() by hand.
export function* zip<A, B>(first: Iterable<A>, second: Iterable<B>): Generator<[A, B], void, undefined> {
  const right = second[Symbol.iterator]();
  for (const a of first) {
    const b = right.next();
    if (b.done) return;
    yield [a, b.value];
  }
}
