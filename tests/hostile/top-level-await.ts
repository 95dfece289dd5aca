// expect: failed
// expect-text: Top-level 'await'
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
await new Promise<void>(() => {}); // an exercise file is loaded like a script: no top-level await
