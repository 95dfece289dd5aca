// expect: failed
// An Error whose name and message are getters that throw, and a non-Error whose toString throws.
class Sly extends Error {
  override get message(): string { throw new Error('no message'); }
  override get name(): string { throw new Error('no name'); }
}
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    if (this.max === 0) throw { toString() { throw new Error('no string'); } };
    throw new Sly();
  }
}
