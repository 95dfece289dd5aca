// expect: failed
// A value that carries its own asymmetricMatch would make toEqual pass in a plain @vitest/expect.
const always = { asymmetricMatch: () => true, toString: () => 'anything' };
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    let sent = false;
    return {
      next: () => {
        if (sent) return { value: undefined, done: true };
        sent = true;
        return { value: always as unknown as number, done: false };
      },
    };
  }
}
