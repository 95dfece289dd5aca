/** Yields each line that is not blank; returns how many blank lines were skipped. */
export function* nonBlankLines(lines: Iterable<string>): Generator<string, number, undefined> {
  // TODO: yield the non-blank lines, count the blank ones, return the count
  return 0;
}

/** Pulls `iterator` to the end: every yielded value, and the final return value. */
export function drain<T, R>(iterator: Iterator<T, R>): { items: T[]; result: R } {
  // TODO: call next() until done, keeping the final result's value
  return { items: [], result: undefined as R };
}
