import { describe, expect, expectTypeOf, it } from 'vitest';
import { chain } from './chain';

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
  for (let n = 0; ; n++) {
    if (n === 10_000) throw new Error('10,000 items were read from an endless source: something is eager');
    yield n;
  }
}

/** Pulls at most `limit` items, so an endless generator cannot hang a test. */
function take<T>(iterator: Iterator<T>, limit: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < limit; i++) {
    const r = iterator.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe('chain', () => {
  it('yields the items of each source in turn', () => {
    expect(take(chain([1, 2], [3], [4, 5]), 10)).toEqual([1, 2, 3, 4, 5]);
  });

  it('accepts any iterable: strings, Sets, generators', () => {
    function* gen() {
      yield 'x';
      yield 'y';
    }
    expect(take(chain('ab', new Set(['c']), gen()), 10)).toEqual(['a', 'b', 'c', 'x', 'y']);
  });

  it('skips empty sources and yields nothing for no sources', () => {
    expect(take(chain([], [1], [], [2], []), 10)).toEqual([1, 2]);
    expect(take(chain(), 10)).toEqual([]);
  });

  it('ends with { value: undefined, done: true }, and stays done', () => {
    const g = chain([1]);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next()).toEqual({ value: undefined, done: true });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('touches nothing before the first next()', () => {
    const a = watched([1, 2]);
    const b = watched([3]);
    const g = chain(a.iterable, b.iterable);
    expect(a.stats.opened, 'the first source was opened by chain() itself').toBe(0);
    expect(a.stats.pulls).toBe(0);
    g.next();
    expect(a.stats.pulls).toBe(1);
  });

  it('pulls exactly one item per next()', () => {
    const a = watched([10, 20, 30, 40]);
    const g = chain(a.iterable);
    g.next();
    g.next();
    expect(a.stats.pulls, 'two next() calls should make two pulls').toBe(2);
  });

  it('does not touch the next source before the current one is exhausted', () => {
    const a = watched([1, 2]);
    const b = watched(naturals());
    const g = chain(a.iterable, b.iterable);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next()).toEqual({ value: 2, done: false });
    expect(b.stats.opened, 'the second source was opened while the first still had items').toBe(0);
    expect(g.next()).toEqual({ value: 0, done: false });
    expect(b.stats.opened).toBe(1);
    expect(b.stats.pulls).toBe(1);
  });

  it('works with an infinite source first', () => {
    const later = watched([99]);
    expect(take(chain(naturals(), later.iterable), 5)).toEqual([0, 1, 2, 3, 4]);
    expect(later.stats.opened).toBe(0);
  });

  it('opens each source only once', () => {
    const a = watched([1, 2, 3]);
    take(chain(a.iterable, a.iterable), 10);
    expect(a.stats.opened).toBe(2);
    expect(a.stats.pulls).toBe(8); // 3 items + the final { done: true }, twice
  });

  it('closes the source it is reading when the consumer stops early', () => {
    const a = watched([1, 2, 3]);
    const b = watched([4]);
    for (const n of chain(a.iterable, b.iterable)) {
      if (n === 2) break;
    }
    expect(a.stats.closed, 'breaking out of the loop should call return() on the open source').toBe(1);
    expect(b.stats.opened).toBe(0);
  });

  it('keeps two chains apart when they are read in turns', () => {
    const a = chain('ab', 'c');
    const b = chain('x', 'yz');
    expect([a.next(), b.next(), a.next(), b.next(), a.next(), b.next()].map((r) => r.value)).toEqual(['a', 'x', 'b', 'y', 'c', 'z']);
  });

  it('handles 10,000 sources and 200,000 items', () => {
    const sources = Array.from({ length: 10_000 }, (_, i) => [i]);
    let total = 0;
    for (const n of chain(...sources)) total += n;
    expect(total).toBe((10_000 * 9_999) / 2);
    let count = 0;
    for (const _ of chain(Array.from({ length: 200_000 }, (_, i) => i), [1, 2, 3])) count += 1;
    expect(count).toBe(200_003);
  });

  it('has the type Generator<T, void, undefined>', () => {
    expectTypeOf(chain([1], [2])).toEqualTypeOf<Generator<number, void, undefined>>();
    expectTypeOf(chain('ab', ['c'])).toEqualTypeOf<Generator<string, void, undefined>>();
  });
});
