// expect: failed
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
// 1 GB at once: either the engine refuses (RangeError) or it is held while the tests run.
let held = 0;
try {
  held = new ArrayBuffer(2 ** 30).byteLength;
} catch {
  held = -1;
}
export { held };
