// Has no guard for n <= 0, so take(source, 0) still pulls and yields one item.
export function* take<T>(source: Iterable<T>, n: number): Generator<T, void, undefined> {
  let count = 0;
  for (const item of source) {
    yield item;
    if (++count >= n) return;
  }
}
