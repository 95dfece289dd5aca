import { describe, expect, expectTypeOf, it } from 'vitest';
import { chunk } from './chunk';

/** Wraps an iterable and records how it is used. */
function watched<T>(items: Iterable<T>) {
  const stats = { opened: 0, pulls: 0, closed: 0 };
  const iterable: Iterable<T> = {
    [Symbol.iterator]() {
      stats.opened += 1;
      const inner = items[Symbol.iterator]();
      return {
        next() {
          stats.pulls += 1;
          return inner.next();
        },
        return(value?: unknown) {
          stats.closed += 1;
          return { value, done: true } as IteratorResult<T>;
        },
      };
    },
  };
  return { iterable, stats };
}

/** Endless for a lazy reader; throws (rather than hang) if something reads far ahead. */
function* naturals(): Generator<number, never, undefined> {
  for (let n = 1; ; n++) {
    if (n === 10_000) throw new Error('10,000 items were read from an endless source: something is eager');
    yield n;
  }
}

/** Pulls at most `limit` items, so an endless generator cannot hang a test. */
function take<T>(iterator: Iterator<T>, limit = 100): T[] {
  const out: T[] = [];
  for (let i = 0; i < limit; i++) {
    const r = iterator.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe('chunk', () => {
  it('groups items into arrays of size, the last one shorter', () => {
    expect(take(chunk([1, 2, 3, 4, 5, 6, 7], 3))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('adds no empty chunk when the items divide evenly', () => {
    expect(take(chunk(['a', 'b', 'c', 'd'], 2))).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('yields nothing for an empty source', () => {
    expect(take(chunk([], 3))).toEqual([]);
  });

  it('handles size 1 and a size bigger than the source', () => {
    expect(take(chunk([1, 2, 3], 1))).toEqual([[1], [2], [3]]);
    expect(take(chunk([1, 2], 10))).toEqual([[1, 2]]);
  });

  it('gives every chunk its own array', () => {
    const chunks = take(chunk([1, 2, 3, 4, 5], 2));
    expect(chunks).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks[0]).not.toBe(chunks[1]);
  });

  it('ends with { value: undefined, done: true }', () => {
    const g = chunk([1], 5);
    expect(g.next()).toEqual({ value: [1], done: false });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('throws a RangeError when called with a size below 1 (before any next())', () => {
    expect(() => chunk([1, 2], 0)).toThrow(RangeError);
    expect(() => chunk([1, 2], -3)).toThrow(RangeError);
  });

  it('throws a RangeError when called with a size that is not a whole number', () => {
    expect(() => chunk([1, 2], 1.5)).toThrow(RangeError);
    expect(() => chunk([1, 2], Number.NaN)).toThrow(RangeError);
  });

  it('does not read the source when it throws, nor on a valid call', () => {
    const bad = watched([1, 2]);
    expect(() => chunk(bad.iterable, 0)).toThrow(RangeError);
    expect(bad.stats.opened).toBe(0);
    const good = watched([1, 2]);
    chunk(good.iterable, 2);
    expect(good.stats.opened, 'chunk() started reading before next() was called').toBe(0);
  });

  it('pulls exactly size items for a full chunk, not one more', () => {
    const source = watched(naturals());
    const g = chunk(source.iterable, 3);
    expect(g.next()).toEqual({ value: [1, 2, 3], done: false });
    expect(source.stats.pulls, 'a chunk of 3 should need 3 pulls').toBe(3);
    expect(g.next()).toEqual({ value: [4, 5, 6], done: false });
    expect(source.stats.pulls).toBe(6);
  });

  it('works on an endless source', () => {
    expect(take(chunk(naturals(), 2), 3)).toEqual([[1, 2], [3, 4], [5, 6]]);
  });

  it('closes the source when the consumer stops early', () => {
    const source = watched(naturals());
    for (const batch of chunk(source.iterable, 4)) {
      if (batch[0] === 5) break;
    }
    expect(source.stats.closed, 'breaking out of the loop should call return() on the source').toBe(1);
  });

  it('starts afresh on every call', () => {
    expect(take(chunk('abc', 2))).toEqual([['a', 'b'], ['c']]);
    expect(take(chunk('xy', 2)), 'a second call started with items left over from the first').toEqual([['x', 'y']]);
  });

  it('keeps two chunk(...) generators apart when they are read in turns', () => {
    const a = chunk('abcd', 2);
    const b = chunk('wxyz', 3);
    expect([a.next().value, b.next().value, a.next().value, b.next().value]).toEqual([
      ['a', 'b'],
      ['w', 'x', 'y'],
      ['c', 'd'],
      ['z'],
    ]);
  });

  it('handles 200,000 items', () => {
    const chunks = take(chunk(Array.from({ length: 200_000 }, (_, i) => i), 7), 30_000);
    expect(chunks).toHaveLength(28_572);
    expect(chunks[28_571]).toEqual([199_997, 199_998, 199_999]);
  });

  it('has the type Generator<T[], void, undefined>', () => {
    expectTypeOf(chunk(['a'], 2)).toEqualTypeOf<Generator<string[], void, undefined>>();
    expectTypeOf(chunk(new Set([1]), 2)).toEqualTypeOf<Generator<number[], void, undefined>>();
  });
});
