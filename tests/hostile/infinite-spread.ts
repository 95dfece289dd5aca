// expect: failed
// expect-text: pulled more than 1,000,000 values
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
function* forever() { let i = 0; while (true) yield i++; }
export const all = [...forever()];
