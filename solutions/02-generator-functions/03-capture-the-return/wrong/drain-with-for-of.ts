// Drains with for…of, which throws the final { done: true } result away, return value and all.
export function* nonBlankLines(lines: Iterable<string>): Generator<string, number, undefined> {
  let skipped = 0;
  for (const line of lines) {
    if (line.trim() === '') skipped += 1;
    else yield line;
  }
  return skipped;
}

export function drain<T, R>(iterator: Iterator<T, R>): { items: T[]; result: R } {
  const items: T[] = [];
  for (const item of { [Symbol.iterator]: () => iterator }) items.push(item);
  return { items, result: undefined as R };
}
