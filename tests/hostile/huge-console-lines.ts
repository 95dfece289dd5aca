// expect: failed
// expect-text: more characters
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
const line = 'y'.repeat(2 ** 26);
for (let i = 0; i < 20; i++) console.log(line);
