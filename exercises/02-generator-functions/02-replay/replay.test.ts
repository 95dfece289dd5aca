import { describe, expect, expectTypeOf, it } from 'vitest';
import { replay } from './replay';

/**
 * A single-use iterable of `items` that counts its next() calls and
 * throws if anyone asks it for a second iterator.
 */
function oneShot<T>(items: T[]) {
  const log = { iterators: 0, pulls: 0 };
  const iterable: Iterable<T> = {
    [Symbol.iterator]() {
      log.iterators += 1;
      if (log.iterators > 1) throw new Error('items was read a second time');
      let index = 0;
      return {
        next(): IteratorResult<T> {
          log.pulls += 1;
          return index < items.length ? { value: items[index++], done: false } : { value: undefined, done: true };
        },
      };
    },
  };
  return { iterable, log };
}

/** Pulls at most `limit` values, so a generator that never ends fails instead of hanging. */
function upTo<T>(iterator: Iterator<T>, limit = 50): T[] {
  const values: T[] = [];
  for (let i = 0; i < limit; i++) {
    const result = iterator.next();
    if (result.done) return values;
    values.push(result.value);
  }
  throw new Error(`still going after ${limit} values`);
}

describe('replay', () => {
  it('yields the items `rounds` times over', () => {
    expect(upTo(replay([1, 2, 3], 2))).toEqual([1, 2, 3, 1, 2, 3]);
    expect(upTo(replay(['a'], 3))).toEqual(['a', 'a', 'a']);
  });

  it('yields the items once for one round', () => {
    expect(upTo(replay([1, 2, 3], 1))).toEqual([1, 2, 3]);
  });

  it('reads `items` only once, so a single-use source works', () => {
    const { iterable, log } = oneShot(['x', 'y']);
    expect(upTo(replay(iterable, 3))).toEqual(['x', 'y', 'x', 'y', 'x', 'y']);
    expect(log.iterators).toBe(1);
    expect(log.pulls).toBe(3);
  });

  it('works with a generator as the source', () => {
    function* letters() {
      yield 'a';
      yield 'b';
    }
    expect(upTo(replay(letters(), 2))).toEqual(['a', 'b', 'a', 'b']);
  });

  it('passes each item on as it arrives instead of reading everything first', () => {
    const { iterable, log } = oneShot([1, 2, 3]);
    const g = replay(iterable, 2);
    expect(log.pulls).toBe(0);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(log.pulls).toBe(1);
    expect(g.next()).toEqual({ value: 2, done: false });
    expect(log.pulls).toBe(2);
  });

  it('yields nothing, and leaves `items` alone, for rounds of 0 or less', () => {
    const zero = oneShot([1, 2]);
    expect(upTo(replay(zero.iterable, 0))).toEqual([]);
    expect(zero.log.iterators).toBe(0);
    const negative = oneShot([1, 2]);
    expect(upTo(replay(negative.iterable, -1))).toEqual([]);
    expect(negative.log.iterators).toBe(0);
  });

  it('finishes at once for an empty source, however many rounds', () => {
    const { iterable } = oneShot<number>([]);
    expect(upTo(replay(iterable, 5))).toEqual([]);
  });

  it('keeps each generator’s memory separate, even when they are interleaved', () => {
    const a = replay(['a1', 'a2'], 2);
    const b = replay(['b1'], 2);
    expect(a.next().value).toBe('a1');
    expect(b.next().value).toBe('b1');
    expect(upTo(a)).toEqual(['a2', 'a1', 'a2']);
    expect(upTo(b)).toEqual(['b1']);
    expect(upTo(replay(['c'], 2))).toEqual(['c', 'c']);
  });

  it('is a generator typed by its items', () => {
    expectTypeOf(replay(['a'], 2)).toEqualTypeOf<Generator<string, void, undefined>>();
    expectTypeOf(replay(new Set([1]), 2)).toEqualTypeOf<Generator<number, void, undefined>>();
  });
});
