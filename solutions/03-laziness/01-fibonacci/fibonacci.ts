/** Yields 0, 1, 1, 2, 3, 5, 8, … forever. */
export function* fibonacci(): Generator<number, never, undefined> {
  let a = 0;
  let b = 1;
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
