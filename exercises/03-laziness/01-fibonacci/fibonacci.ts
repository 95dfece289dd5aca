/** Yields 0, 1, 1, 2, 3, 5, 8, … forever. */
export function* fibonacci(): Generator<number, never, undefined> {
  // TODO: keep the last two numbers in local variables and yield forever.
  throw new Error('fibonacci() is not written yet');
}
