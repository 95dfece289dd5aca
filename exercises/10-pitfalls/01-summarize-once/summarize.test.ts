import { describe, expect, it } from 'vitest';
import { summarize } from './summarize';

function* generate(...values: number[]): Generator<number, void, undefined> {
  yield* values;
}

/** An iterable over `values` that counts how many times it is iterated. */
function counted(values: number[]) {
  const log = { iterations: 0 };
  const iterable: Iterable<number> = {
    [Symbol.iterator]() {
      log.iterations += 1;
      return values[Symbol.iterator]();
    },
  };
  return { iterable, log };
}

describe('summarize', () => {
  it('summarizes an array', () => {
    expect(summarize([3, 9, 6])).toEqual({ count: 3, min: 3, max: 9, mean: 6 });
  });

  it('summarizes a generator', () => {
    expect(summarize(generate(3, 9, 6))).toEqual({ count: 3, min: 3, max: 9, mean: 6 });
  });

  it('reads its input exactly once', () => {
    const { iterable, log } = counted([4, 8]);
    expect(summarize(iterable)).toEqual({ count: 2, min: 4, max: 8, mean: 6 });
    expect(log.iterations).toBe(1);
  });

  it('handles negative numbers and a single value', () => {
    expect(summarize(generate(-5, -2, -9))).toEqual({ count: 3, min: -9, max: -2, mean: -16 / 3 });
    expect(summarize(generate(7))).toEqual({ count: 1, min: 7, max: 7, mean: 7 });
  });

  it('works with a one-shot iterator that is not a generator', () => {
    let n = 0;
    const upToFour: IterableIterator<number> = {
      next: () => (n < 4 ? { value: ++n, done: false } : { value: undefined, done: true }),
      [Symbol.iterator]() {
        return this;
      },
    };
    expect(summarize(upToFour)).toEqual({ count: 4, min: 1, max: 4, mean: 2.5 });
  });

  it('summarizes 500,000 values from a generator', () => {
    function* many() {
      for (let i = 0; i < 500_000; i++) yield i % 1000;
    }
    expect(summarize(many())).toEqual({ count: 500_000, min: 0, max: 999, mean: 499.5 });
  });

  it('throws a RangeError for no values, from an array or a generator', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => summarize(generate())).toThrow(RangeError);
  });
});
