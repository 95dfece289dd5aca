// Yields the count of blank lines as a last item instead of returning it (and TypeScript rejects a number among the strings).
export function* nonBlankLines(lines: Iterable<string>): Generator<string, number, undefined> {
  let skipped = 0;
  for (const line of lines) {
    if (line.trim() === '') skipped += 1;
    else yield line;
  }
  yield skipped;
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
