import { describe, expect, expectTypeOf, it } from 'vitest';
import { zip } from './zip';

/**
 * An iterable that counts how often it is asked for an iterator and how often
 * next() is called. `length` Infinity makes it endless (0, 1, 2, …).
 */
function counted(label: string, length: number) {
  const log = { iterators: 0, pulls: 0 };
  const iterable: Iterable<string> = {
    [Symbol.iterator]() {
      log.iterators += 1;
      let index = 0;
      return {
        next(): IteratorResult<string> {
          log.pulls += 1;
          if (log.pulls > 1000) throw new Error(`${label}: more than 1000 pulls; is zip reading a whole (endless) source first?`);
          if (index >= length) return { value: undefined, done: true };
          return { value: `${label}${index++}`, done: false };
        },
      };
    },
  };
  return { iterable, log };
}

/** Pulls at most `limit` pairs by hand, so a zip that never ends fails instead of hanging. */
function upTo<T>(iterator: Iterator<T>, limit = 20): T[] {
  const values: T[] = [];
  for (let i = 0; i < limit; i++) {
    const result = iterator.next();
    if (result.done) return values;
    values.push(result.value);
  }
  throw new Error(`still going after ${limit} pairs`);
}

describe('zip', () => {
  it('pairs items up in order', () => {
    expect(upTo(zip([1, 2, 3], ['a', 'b', 'c']))).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('stops at the shorter side, whichever it is', () => {
    expect(upTo(zip([1, 2, 3], ['a']))).toEqual([[1, 'a']]);
    expect(upTo(zip([1], ['a', 'b', 'c']))).toEqual([[1, 'a']]);
    expect(upTo(zip([], ['a']))).toEqual([]);
  });

  it('decides by done, not by the value: undefined, null and 0 are items', () => {
    expect(upTo(zip<unknown, unknown>([undefined, 0], [null, undefined]))).toEqual([
      [undefined, null],
      [0, undefined],
    ]);
  });

  it('pulls nothing until the first next()', () => {
    const a = counted('a', 3);
    const b = counted('b', 3);
    zip(a.iterable, b.iterable);
    expect(a.log.pulls).toBe(0);
    expect(b.log.pulls).toBe(0);
  });

  it('pulls one item from each side per pair', () => {
    const a = counted('a', 3);
    const b = counted('b', 3);
    const pairs = zip(a.iterable, b.iterable);
    expect(pairs.next()).toEqual({ value: ['a0', 'b0'], done: false });
    expect([a.log.pulls, b.log.pulls]).toEqual([1, 1]);
    expect(pairs.next()).toEqual({ value: ['a1', 'b1'], done: false });
    expect([a.log.pulls, b.log.pulls]).toEqual([2, 2]);
  });

  it('does not pull from second once first is finished', () => {
    const a = counted('a', 2);
    const b = counted('b', Infinity);
    expect(upTo(zip(a.iterable, b.iterable))).toEqual([
      ['a0', 'b0'],
      ['a1', 'b1'],
    ]);
    // The third pull from `first` said done: `second` must not lose an item to it.
    expect(b.log.pulls).toBe(2);
  });

  it('stays done, and pulls nothing more once done', () => {
    const a = counted('a', 1);
    const b = counted('b', 1);
    const pairs = zip(a.iterable, b.iterable);
    expect(pairs.next()).toEqual({ value: ['a0', 'b0'], done: false });
    expect(pairs.next()).toEqual({ value: undefined, done: true });
    const pulled = [a.log.pulls, b.log.pulls];
    expect(pairs.next()).toEqual({ value: undefined, done: true });
    expect(pairs.next()).toEqual({ value: undefined, done: true });
    expect([a.log.pulls, b.log.pulls]).toEqual(pulled);
  });

  it('asks each source for one iterator only', () => {
    const a = counted('a', 2);
    const b = counted('b', 2);
    upTo(zip(a.iterable, b.iterable));
    expect([a.log.iterators, b.log.iterators]).toEqual([1, 1]);
  });

  it('works with endless sources', () => {
    const a = counted('a', Infinity);
    const b = counted('b', Infinity);
    const pairs = zip(a.iterable, b.iterable);
    expect([pairs.next().value, pairs.next().value]).toEqual([
      ['a0', 'b0'],
      ['a1', 'b1'],
    ]);
  });

  it('is its own iterable, so it is single use like any iterator', () => {
    const pairs = zip([1, 2, 3], ['a', 'b', 'c']);
    expect(pairs[Symbol.iterator]()).toBe(pairs);
    expect(pairs.next()).toEqual({ value: [1, 'a'], done: false });
    expect(upTo(pairs[Symbol.iterator]())).toEqual([
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(upTo(pairs[Symbol.iterator]())).toEqual([]);
  });

  it('is written by hand, not with a generator function or an array', () => {
    const tag = Object.prototype.toString.call(zip([1], [2]));
    expect(['[object Object]', '[object Iterator]']).toContain(tag);
  });

  it('is typed as an iterator of pairs', () => {
    // Only type-checked, never called:
    const spread = () => [...zip([1, 2], ['a', 'b'])];
    expectTypeOf(spread).returns.toEqualTypeOf<[number, string][]>();
  });
});
