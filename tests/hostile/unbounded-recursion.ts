// expect: failed
// expect-text: Maximum call stack size exceeded
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
const down = (n: number): number => down(n + 1) + 1;
down(0);
