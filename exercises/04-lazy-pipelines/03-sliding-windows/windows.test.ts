import { describe, expect, expectTypeOf, it } from 'vitest';
import { windows } from './windows';

const PULL_LIMIT = 1000;

/** 0, 1, 2, … forever, counting how often it is asked for an item and closed. */
function countingNaturals() {
  const stats = { pulls: 0, closes: 0 };
  const source: Iterable<number> = {
    [Symbol.iterator]() {
      let n = 0;
      return {
        next() {
          stats.pulls += 1;
          if (stats.pulls > PULL_LIMIT) {
            throw new Error(`windows pulled more than ${PULL_LIMIT} items from an endless source: is it reading everything first?`);
          }
          return { value: n++, done: false };
        },
        return() {
          stats.closes += 1;
          return { value: undefined, done: true };
        },
      };
    },
  };
  return { source, stats };
}

describe('windows', () => {
  it('yields every run of size consecutive items', () => {
    expect([...windows([1, 2, 3, 4], 2)]).toEqual([[1, 2], [2, 3], [3, 4]]);
    expect([...windows('abcde', 3)]).toEqual([['a', 'b', 'c'], ['b', 'c', 'd'], ['c', 'd', 'e']]);
  });

  it('yields one window per item for size 1', () => {
    expect([...windows([7, 8], 1)]).toEqual([[7], [8]]);
  });

  it('yields one window when the source is exactly size long, none when it is shorter', () => {
    expect([...windows([1, 2, 3], 3)]).toEqual([[1, 2, 3]]);
    expect([...windows([1, 2], 3)]).toEqual([]);
    expect([...windows([], 2)]).toEqual([]);
  });

  it('finishes with done: true', () => {
    const pairs = windows([1, 2], 2);
    expect(pairs.next()).toEqual({ value: [1, 2], done: false });
    expect(pairs.next()).toEqual({ value: undefined, done: true });
  });

  it('pulls exactly size items for the first window, then one per window', () => {
    const { source, stats } = countingNaturals();
    const triples = windows(source, 3);
    expect(stats.pulls, 'nothing should be pulled before the first next()').toBe(0);
    expect(triples.next()).toEqual({ value: [0, 1, 2], done: false });
    expect(stats.pulls, 'the first window of 3 should take exactly 3 pulls').toBe(3);
    expect(triples.next()).toEqual({ value: [1, 2, 3], done: false });
    expect(stats.pulls, 'the second window should take exactly one more pull').toBe(4);
    expect(triples.next()).toEqual({ value: [2, 3, 4], done: false });
    expect(stats.pulls).toBe(5);
  });

  it('never changes a window after yielding it', () => {
    const kept: number[][] = [];
    for (const window of windows([1, 2, 3, 4], 2)) kept.push(window);
    expect(kept, 'each window should be its own array').toEqual([[1, 2], [2, 3], [3, 4]]);
    expect(kept[0]).not.toBe(kept[1]);
  });

  it('closes the source when the consumer stops early', () => {
    const { source, stats } = countingNaturals();
    for (const window of windows(source, 2)) {
      expect(window).toEqual([0, 1]);
      break;
    }
    expect(stats.closes, 'breaking out of windows(...) should close the source').toBe(1);
  });

  it('keeps two windows(...) apart when they are read in turns', () => {
    const a = windows('abc', 2);
    const b = windows('xyz', 2);
    expect([a.next().value, b.next().value, a.next().value, b.next().value]).toEqual([
      ['a', 'b'],
      ['x', 'y'],
      ['b', 'c'],
      ['y', 'z'],
    ]);
  });

  it('handles 200,000 items', () => {
    let count = 0;
    let last: number[] = [];
    for (const window of windows(Array.from({ length: 200_000 }, (_, i) => i), 3)) {
      count += 1;
      last = window;
    }
    expect(count).toBe(199_998);
    expect(last).toEqual([199_997, 199_998, 199_999]);
  });

  it('has the type of a generator of arrays', () => {
    expectTypeOf(windows(['a', 'b'], 2)).toEqualTypeOf<Generator<string[], void, undefined>>();
  });
});
