// expect: solved
// A correct solution whose comments and strings look like SES's refusals, using Date and Math:
// correct code must not fail. Compare with import('…') or a --> b in a comment.
/* <!-- not an HTML comment --> */
export const notes = ['a --> b', `import(${1})`, "<!-- x", /-->/.source, Date.now() > 0, new Date(0).getTime(), Math.random() < 1];
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}

  [Symbol.iterator](): Iterator<number> {
    let current = 0;
    const max = this.max;
    return {
      next(): IteratorResult<number> {
        if (current < max) {
          current += 1;
          return { value: current, done: false };
        }
        return { value: undefined, done: true };
      },
    };
  }
}
