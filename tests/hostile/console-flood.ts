// expect: failed
// expect-text: more lines of console output not shown
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
for (let i = 0; i < 100_000; i++) console.log('line', i);
