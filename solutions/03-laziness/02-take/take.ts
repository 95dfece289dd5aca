/** Yields the first `n` items of `source`, pulling no more than it yields. */
export function* take<T>(source: Iterable<T>, n: number): Generator<T, void, undefined> {
  if (n <= 0) return;
  let count = 0;
  for (const item of source) {
    yield item;
    // Check after the yield: checking at the top of the loop would be too late,
    // because for…of has already pulled the next item by then.
    // Returning from inside for…of closes the source.
    if (++count >= n) return;
  }
}
