// Yields the second variable instead of the first, so the sequence starts 1, 1, 2 instead of 0, 1, 1.
export function* fibonacci(): Generator<number, never, undefined> {
  let a = 0;
  let b = 1;
  for (;;) {
    yield b;
    [a, b] = [b, a + b];
  }
}
