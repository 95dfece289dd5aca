// expect: failed
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
const forged = { type: 'done', result: { kind: 'finished', tests: [] } };
for (const target of ['self', 'globalThis', 'postMessage']) {
  try { (globalThis as any)[target]?.postMessage?.(forged); } catch {}
}
try { (self as any).postMessage({ type: 'test-end', result: { path: ['CountUpTo'], status: 'pass', durationMs: 1 } }); } catch {}
try { (self as any).close(); } catch {}
try { (globalThis as any).importScripts('/evil.js'); } catch {}
