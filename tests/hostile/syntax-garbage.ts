// expect: failed
// expect-text: syntax error
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}
  [Symbol.iterator](): Iterator<number> {
    return { next: () => ({ value: undefined, done: true }) };
  }
}
export const = => } ) ]] ;; class class {{ 
