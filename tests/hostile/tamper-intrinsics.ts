// expect: failed
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
const attempts: Array<() => void> = [
  () => { Object.is = () => true; },
  () => { (Array.prototype as any).push = function () { return 0; }; },
  () => { (Array.prototype as any)[Symbol.iterator] = function* () { yield 1; yield 2; yield 3; }; },
  () => { JSON.stringify = () => '"same"'; },
  () => { (globalThis as any).Promise = class { then() {} }; },
  () => { (Promise.prototype as any).then = () => {}; },
  () => { Object.defineProperty(Object.prototype, 'pass', { get: () => true }); },
];
export const refused = attempts.filter((attempt) => { try { attempt(); return false; } catch { return true; } }).length;
