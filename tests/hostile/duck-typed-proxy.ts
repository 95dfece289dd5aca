// expect: failed
// A Proxy that claims to be a matcher in every way it can be asked.
const matcher = new Proxy(
  {},
  {
    has: () => true,
    get: (_target, key) => (key === 'asymmetricMatch' ? () => true : key === Symbol.iterator ? undefined : () => true),
    getPrototypeOf: () => Object.prototype,
  },
);
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    let sent = false;
    return {
      next: () => {
        if (sent) return { value: undefined, done: true };
        sent = true;
        return { value: matcher as unknown as number, done: false };
      },
    };
  }
}
