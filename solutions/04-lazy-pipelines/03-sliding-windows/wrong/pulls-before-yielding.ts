// Fills the window with a while loop that asks for one more item before checking, so each window costs an extra pull.
export function* windows<T>(source: Iterable<T>, size: number): Generator<T[], void, undefined> {
  const iterator = source[Symbol.iterator]();
  const recent: T[] = [];
  let result = iterator.next();
  while (!result.done) {
    recent.push(result.value);
    if (recent.length > size) recent.shift();
    result = iterator.next();
    if (recent.length === size) yield [...recent];
  }
}
