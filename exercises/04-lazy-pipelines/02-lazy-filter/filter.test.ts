import { describe, expect, expectTypeOf, it } from 'vitest';
import { filter } from './filter';

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
            throw new Error(`filter pulled more than ${PULL_LIMIT} items from an endless source: is it reading everything first?`);
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

const isEven = (n: number) => n % 2 === 0;

describe('filter', () => {
  it('keeps the items that pass', () => {
    expect([...filter([1, 2, 3, 4, 5, 6], isEven)]).toEqual([2, 4, 6]);
    expect([...filter(['a', 'bb', 'ccc'], (s) => s.length > 1)]).toEqual(['bb', 'ccc']);
  });

  it('finishes when the source does', () => {
    const evens = filter([1, 2, 3], isEven);
    expect(evens.next()).toEqual({ value: 2, done: false });
    expect(evens.next()).toEqual({ value: undefined, done: true });
    expect([...filter([], isEven)]).toEqual([]);
  });

  it('is lazy: works on an endless source, pulling only as far as needed', () => {
    const { source, stats } = countingNaturals();
    const evens = filter(source, isEven);
    expect(stats.pulls, 'nothing should be pulled before the first next()').toBe(0);
    expect(evens.next().value).toBe(0);
    expect(stats.pulls).toBe(1);
    expect(evens.next().value).toBe(2);
    expect(evens.next().value).toBe(4);
    expect(stats.pulls, 'reaching 4 should take exactly the pulls of 0, 1, 2, 3, 4').toBe(5);
  });

  it('calls the predicate once per pulled item, not ahead', () => {
    const { source } = countingNaturals();
    const seen: number[] = [];
    const evens = filter(source, (n) => {
      seen.push(n);
      return isEven(n);
    });
    evens.next();
    evens.next();
    expect(seen).toEqual([0, 1, 2]);
  });

  it('passes the index of each item in the source', () => {
    const calls: [string, number][] = [];
    const kept = [
      ...filter(['a', 'b', 'c', 'd'], (item, index) => {
        calls.push([item, index]);
        return index !== 1;
      }),
    ];
    expect(kept).toEqual(['a', 'c', 'd']);
    expect(calls).toEqual([['a', 0], ['b', 1], ['c', 2], ['d', 3]]);
  });

  it('closes the source when the consumer stops early', () => {
    const { source, stats } = countingNaturals();
    for (const n of filter(source, isEven)) {
      expect(n).toBe(0);
      break;
    }
    expect(stats.closes, 'breaking out of filter(...) should close the source').toBe(1);
  });

  it('keeps two filters apart when they are read in turns', () => {
    const evens = filter([0, 1, 2, 3, 4, 5], isEven);
    const odds = filter([0, 1, 2, 3, 4, 5], (n) => !isEven(n));
    expect([evens.next().value, odds.next().value, evens.next().value, odds.next().value]).toEqual([0, 1, 2, 3]);
  });

  it('keeps the item type for a plain predicate', () => {
    expectTypeOf(filter([1, 2, 3], isEven)).toEqualTypeOf<Generator<number, void, undefined>>();
  });

  it('narrows the item type for a type-guard predicate', () => {
    const mixed: (string | number)[] = ['a', 1, 'b', 2];
    const isString = (item: string | number): item is string => typeof item === 'string';
    const strings = filter(mixed, isString);
    expectTypeOf(strings).toEqualTypeOf<Generator<string, void, undefined>>();
    expect([...strings]).toEqual(['a', 'b']);
    // TypeScript infers the type guard of this arrow function by itself.
    expectTypeOf(filter(mixed, (item) => typeof item === 'number')).toEqualTypeOf<Generator<number, void, undefined>>();
  });
});
