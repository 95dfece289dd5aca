// Starts the mean at 0, so the priming next() yields 0 instead of undefined.
export function* runningAverage(): Generator<number | undefined, never, number> {
  let sum = 0;
  let count = 0;
  let mean = 0;
  while (true) {
    const x = yield mean;
    sum += x;
    count += 1;
    mean = sum / count;
  }
}
