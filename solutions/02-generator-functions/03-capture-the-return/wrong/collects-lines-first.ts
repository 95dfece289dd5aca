// Spreads all lines into an array first to count the blank ones, so nothing is read lazily.
export function* nonBlankLines(lines: Iterable<string>): Generator<string, number, undefined> {
  const all = [...lines];
  const kept = all.filter((line) => line.trim() !== '');
  yield* kept;
  return all.length - kept.length;
}

export function drain<T, R>(iterator: Iterator<T, R>): { items: T[]; result: R } {
  const items: T[] = [];
  let result = iterator.next();
  while (!result.done) {
    items.push(result.value);
    result = iterator.next();
  }
  return { items, result: result.value };
}
