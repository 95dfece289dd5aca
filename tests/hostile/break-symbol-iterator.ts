// expect: failed
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
// Breaking iteration for everyone: refused by the frozen intrinsics, so loading the file fails.
Object.defineProperty(Array.prototype, Symbol.iterator, { value: function* () { yield 1; yield 2; yield 3; } });
