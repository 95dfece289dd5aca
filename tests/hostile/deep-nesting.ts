// expect: failed
// Values nested 40 000 deep: describing them must not overflow the runner or freeze the page.
function deep(n: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < n; i++) value = [value];
  return value;
}
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    const value = deep(40_000) as number;
    console.log(value);
    let sent = false;
    return {
      next: () => {
        if (sent) return { value: undefined, done: true };
        sent = true;
        return { value, done: false };
      },
    };
  }
}
