// Calls next() once more after done to fetch the return value, but by then it is gone (and the iterator is pulled after done).
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
  for (let result = iterator.next(); !result.done; result = iterator.next()) items.push(result.value);
  return { items, result: iterator.next().value as R };
}
