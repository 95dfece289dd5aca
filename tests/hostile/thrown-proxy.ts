// expect: failed
// expect-text: which is not an Error
// A thrown value that throws back at whoever looks at it.
const hostile = new Proxy(
  {},
  {
    get() { throw new Error('no looking'); },
    has() { throw new Error('no looking'); },
    ownKeys() { throw new Error('no looking'); },
    getPrototypeOf() { throw new Error('no looking'); },
    getOwnPropertyDescriptor() { throw new Error('no looking'); },
  },
);
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    throw hostile;
  }
}
