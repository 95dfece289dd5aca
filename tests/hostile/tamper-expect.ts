// expect: failed
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
const g = globalThis as Record<string, unknown>;
g.expect = () => ({ toEqual() {}, toBe() {} });
g.describe = (_: string, body: () => void) => body();
g.it = () => {};
try { (globalThis as any)[Symbol.for('$$jest-matchers-object')].customEqualityTesters.push(() => true); } catch {}
