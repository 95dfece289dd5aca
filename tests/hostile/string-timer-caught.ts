// expect: failed
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
// Every way a string could reach a timer, each refused; the wrong solution then fails on its own.
const attempts: Array<() => unknown> = [
  () => setTimeout('self.postMessage({ type: "done" })' as unknown as () => void, 0),
  () => setInterval('indexedDB.open("x")' as unknown as () => void, 10),
  () => queueMicrotask('fetch("/")' as unknown as () => void),
  () => (Function('return this')() as { setTimeout: (code: string) => void }).setTimeout('caches.delete("x")'),
  () => (Function('return this')() as { caches?: unknown }).caches,
  () => (Function('return this')() as { indexedDB?: unknown }).indexedDB,
];
export const refused = attempts.map((attempt) => {
  try {
    return attempt() === undefined ? 'absent' : 'present';
  } catch {
    return 'refused';
  }
});
