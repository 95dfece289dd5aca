// Computes the mean before adding the number just received, so each answer lags one number behind.
export function* runningAverage(): Generator<number | undefined, never, number> {
  let sum = 0;
  let count = 0;
  let mean: number | undefined = undefined;
  while (true) {
    const x: number = yield mean;
    mean = count === 0 ? x : sum / count;
    sum += x;
    count += 1;
  }
}
