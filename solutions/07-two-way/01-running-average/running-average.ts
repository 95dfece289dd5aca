/**
 * Feed numbers in with next(x); each next(x) yields the mean of all numbers so far.
 * The first, priming next() yields undefined.
 */
export function* runningAverage(): Generator<number | undefined, never, number> {
  let sum = 0;
  let count = 0;
  let mean: number | undefined = undefined;
  while (true) {
    // Hand out the current mean; resume with the next number sent in.
    const x = yield mean;
    sum += x;
    count += 1;
    mean = sum / count;
  }
}
