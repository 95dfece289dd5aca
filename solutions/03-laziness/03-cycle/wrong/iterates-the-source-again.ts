// Loops over the source again for every round, which gets nothing the second time from a one-shot source.
export function* cycle<T>(source: Iterable<T>): Generator<T, void, undefined> {
  for (;;) {
    let any = false;
    for (const item of source) {
      any = true;
      yield item;
    }
    if (!any) return;
  }
}
