// Builds an array and hands out its iterator, instead of writing the iterator by hand.
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}

  [Symbol.iterator](): Iterator<number> {
    return Array.from({ length: this.max }, (_, i) => i + 1)[Symbol.iterator]();
  }
}
