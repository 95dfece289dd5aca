// Checks the count at the top of the loop body, after for…of has already pulled item n + 1.
export function* take<T>(source: Iterable<T>, n: number): Generator<T, void, undefined> {
  let count = 0;
  for (const item of source) {
    if (count >= n) return;
    yield item;
    count += 1;
  }
}
