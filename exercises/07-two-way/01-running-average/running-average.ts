/**
 * Feed numbers in with next(x); each next(x) yields the mean of all numbers so far.
 * The first, priming next() yields undefined.
 */
export function* runningAverage(): Generator<number | undefined, never, number> {
  // TODO: keep a sum and a count, receive each number from `yield`, and yield the mean
  while (true) {
    yield undefined;
  }
}
