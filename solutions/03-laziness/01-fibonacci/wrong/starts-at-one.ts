// Starts from 1 and 1, so the sequence misses its first number, 0.
export function* fibonacci(): Generator<number, never, undefined> {
  let a = 1;
  let b = 1;
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
