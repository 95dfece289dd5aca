// expect: timeout
// expect-text: Your code was stopped after 3 s
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
while (true) {} // at the top level: loading the file never ends
