// Treats only the empty string as blank, so a line of spaces or a tab is yielded.
export function* nonBlankLines(lines: Iterable<string>): Generator<string, number, undefined> {
  let skipped = 0;
  for (const line of lines) {
    if (line === '') skipped += 1;
    else yield line;
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
