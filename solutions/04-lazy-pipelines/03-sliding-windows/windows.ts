/** Yields every run of `size` consecutive items of `source`, each as a new array. */
export function* windows<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  // Never more than `size` items are held, however long the source is.
  const recent: T[] = [];
  for (const item of source) {
    recent.push(item);
    if (recent.length > size) recent.shift();
    // Yield a copy: `recent` keeps changing, and the consumer may keep what it got.
    if (recent.length === size) yield [...recent];
  }
}
