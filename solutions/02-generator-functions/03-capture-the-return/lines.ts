/** Yields each line that is not blank; returns how many blank lines were skipped. */
export function* nonBlankLines(lines: Iterable<string>): Generator<string, number, undefined> {
  let skipped = 0;
  for (const line of lines) {
    if (line.trim() === '') skipped += 1;
    else yield line;
  }
  return skipped;
}

/** Pulls `iterator` to the end: every yielded value, and the final return value. */
export function drain<T, R>(iterator: Iterator<T, R>): { items: T[]; result: R } {
  const items: T[] = [];
  let result = iterator.next();
  while (!result.done) {
    items.push(result.value);
    result = iterator.next();
  }
  // Narrowed by `done`: here result.value is the return value, of type R.
  return { items, result: result.value };
}
