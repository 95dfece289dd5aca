import { describe, expect, expectTypeOf, it } from 'vitest';
import { take } from './take';

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
            throw new Error(`take pulled more than ${PULL_LIMIT} items from an endless source: it is not stopping`);
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

describe('take', () => {
  it('yields the first n items of an endless source', () => {
    const { source } = countingNaturals();
    expect([...take(source, 3)]).toEqual([0, 1, 2]);
  });

  it('never pulls item n + 1', () => {
    const { source, stats } = countingNaturals();
    expect([...take(source, 3)]).toEqual([0, 1, 2]);
    expect(stats.pulls, 'take(source, 3) should call next() on the source exactly 3 times').toBe(3);
  });

  it('pulls nothing when n is 0 or negative', () => {
    for (const n of [0, -1]) {
      const { source, stats } = countingNaturals();
      expect([...take(source, n)]).toEqual([]);
      expect(stats.pulls, `take(source, ${n}) should not call next() on the source`).toBe(0);
    }
  });

  it('is lazy: pulls one item per item asked for', () => {
    const { source, stats } = countingNaturals();
    const taken = take(source, 5);
    expect(stats.pulls, 'nothing should be pulled before the first next()').toBe(0);
    expect(taken.next()).toEqual({ value: 0, done: false });
    expect(stats.pulls).toBe(1);
    expect(taken.next()).toEqual({ value: 1, done: false });
    expect(stats.pulls).toBe(2);
  });

  it('finishes with done: true after n items', () => {
    const { source } = countingNaturals();
    const taken = take(source, 1);
    expect(taken.next()).toEqual({ value: 0, done: false });
    expect(taken.next()).toEqual({ value: undefined, done: true });
    expect(taken.next()).toEqual({ value: undefined, done: true });
  });

  it('stops early when the source is shorter than n', () => {
    expect([...take(['a', 'b'], 5)]).toEqual(['a', 'b']);
    expect([...take([], 3)]).toEqual([]);
  });

  it('closes the source after taking n items', () => {
    const { source, stats } = countingNaturals();
    expect([...take(source, 2)]).toEqual([0, 1]);
    expect(stats.closes, 'the source should be closed (its return() called) once').toBe(1);
  });

  it('closes the source when the consumer stops early', () => {
    const { source, stats } = countingNaturals();
    for (const item of take(source, 10)) {
      expect(item).toBe(0);
      break;
    }
    expect(stats.pulls).toBe(1);
    expect(stats.closes, 'breaking out of take(...) should close the source').toBe(1);
  });

  it('keeps two takes separate when they are interleaved', () => {
    const { source } = countingNaturals();
    const a = take(source, 2);
    const b = take(['x', 'y', 'z'], 2);
    expect(a.next()).toEqual({ value: 0, done: false });
    expect(b.next()).toEqual({ value: 'x', done: false });
    expect(a.next()).toEqual({ value: 1, done: false });
    expect(b.next()).toEqual({ value: 'y', done: false });
    expect(a.next()).toEqual({ value: undefined, done: true });
    expect(b.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps the item type', () => {
    expectTypeOf(take(['a', 'b'], 1)).toEqualTypeOf<Generator<string, void, undefined>>();
    expectTypeOf(take(new Set([1, 2]), 1)).toEqualTypeOf<Generator<number, void, undefined>>();
  });
});
