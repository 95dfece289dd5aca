// Yields the trimmed line instead of the line as it was.
export function* nonBlankLines(lines: Iterable<string>): Generator<string, number, undefined> {
  let skipped = 0;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') skipped += 1;
    else yield trimmed;
  }
  return skipped;
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
