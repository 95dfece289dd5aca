// Counts in a module-level variable, so two takes in progress at once share one count.
let count = 0;

export function* take<T>(source: Iterable<T>, n: number): Generator<T, void, undefined> {
  if (n <= 0) return;
  count = 0;
  for (const item of source) {
    yield item;
    if (++count >= n) return;
  }
}
