// Stops once the numbers pass a million, so the sequence finishes (and the never return type is a lie).
export function* fibonacci(): Generator<number, never, undefined> {
  let a = 0;
  let b = 1;
  while (a < 1_000_000) {
    yield a;
    [a, b] = [b, a + b];
  }
  return undefined as never;
}
