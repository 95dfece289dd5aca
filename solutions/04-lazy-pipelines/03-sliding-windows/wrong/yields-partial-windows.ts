// Yields after every item, so the first windows are shorter than size.
export function* windows<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  const recent: T[] = [];
  for (const item of source) {
    recent.push(item);
    if (recent.length > size) recent.shift();
    yield [...recent];
  }
}
