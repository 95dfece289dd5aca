// Uses one yield to receive and another to hand out the mean, so every other number sent is lost.
export function* runningAverage(): Generator<number | undefined, never, number> {
  let sum = 0;
  let count = 0;
  yield undefined;
  while (true) {
    const x = yield;
    sum += x;
    count += 1;
    yield sum / count;
  }
}
