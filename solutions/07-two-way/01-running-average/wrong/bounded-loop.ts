// Loops a fixed number of times instead of forever, so the generator finishes after 100 numbers.
export function* runningAverage(): Generator<number | undefined, never, number> {
  let sum = 0;
  let count = 0;
  let mean: number | undefined = undefined;
  for (let i = 0; i < 100; i++) {
    const x = yield mean;
    sum += x;
    count += 1;
    mean = sum / count;
  }
  throw new Error('no more numbers accepted');
}
