// Yields the array it keeps changing, so a window the consumer kept turns into the next one.
export function* windows<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  const recent: T[] = [];
  for (const item of source) {
    recent.push(item);
    if (recent.length > size) recent.shift();
    if (recent.length === size) yield recent;
  }
}
