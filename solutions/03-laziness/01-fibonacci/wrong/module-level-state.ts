// Keeps the two numbers at module level, so every fibonacci() call carries on where the last one stopped.
let a = 0;
let b = 1;

export function* fibonacci(): Generator<number, never, undefined> {
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
