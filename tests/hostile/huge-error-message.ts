// expect: failed
// expect-text: more characters
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    throw new Error(`broken: ${'x'.repeat(100_000_000)}`);
  }
}
