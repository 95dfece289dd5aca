// Keeps the sum and count outside the generator, so every running average shares them.
let sum = 0;
let count = 0;

export function* runningAverage(): Generator<number | undefined, never, number> {
  let mean: number | undefined = undefined;
  while (true) {
    const x = yield mean;
    sum += x;
    count += 1;
    mean = sum / count;
  }
}
