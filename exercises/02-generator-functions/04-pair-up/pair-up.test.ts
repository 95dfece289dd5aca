import { describe, expect, expectTypeOf, it } from 'vitest';
import { pairUp } from './pair-up';

/**
 * An iterable over `items` (endless 0, 1, 2, … when `items` is omitted) that
 * counts its next() calls and fails the test if it is pulled again after done.
 */
function scripted<T = number>(items?: T[]) {
  const log = { iterators: 0, pulls: 0 };
  const iterable: Iterable<T> = {
    [Symbol.iterator]() {
      log.iterators += 1;
      let index = 0;
      let finished = false;
      return {
        next(): IteratorResult<T> {
          log.pulls += 1;
          if (finished) throw new Error('next() was called again after the source said done: true');
          if (log.pulls > 1000) throw new Error('more than 1000 pulls: is pairUp reading the whole (endless) source first?');
          if (items === undefined) return { value: index++ as T, done: false };
          if (index < items.length) return { value: items[index++], done: false };
          finished = true;
          return { value: undefined, done: true };
        },
      };
    },
  };
  return { iterable, log };
}

/** Pulls at most `limit` pairs by hand, so a generator that never ends fails instead of hanging. */
function upTo<T>(iterator: Iterator<T>, limit = 50): T[] {
  const values: T[] = [];
  for (let i = 0; i < limit; i++) {
    const result = iterator.next();
    if (result.done) return values;
    values.push(result.value);
  }
  throw new Error(`still going after ${limit} pairs: ${JSON.stringify(values.slice(0, 4))}, …`);
}

describe('pairUp', () => {
  it('yields the items two at a time', () => {
    expect(upTo(pairUp(['host', 'example.org', 'port', '8080']))).toEqual([
      ['host', 'example.org'],
      ['port', '8080'],
    ]);
  });

  it('finishes cleanly when the items run out between two pairs', () => {
    expect(upTo(pairUp([]))).toEqual([]);
    const pairs = pairUp(['a', 'b']);
    expect(pairs.next()).toEqual({ value: ['a', 'b'], done: false });
    expect(pairs.next()).toEqual({ value: undefined, done: true });
    expect(pairs.next()).toEqual({ value: undefined, done: true });
  });

  it('throws "missing value for …" when the items run out in the middle of a pair, after the whole pairs', () => {
    const pairs = pairUp(['host', 'example.org', 'port']);
    expect(pairs.next()).toEqual({ value: ['host', 'example.org'], done: false });
    expect(() => pairs.next()).toThrow('missing value for port');
    expect(() => upTo(pairUp(['lonely']))).toThrow('missing value for lonely');
  });

  it('decides by done, not by the value: undefined, null, 0 and empty strings are items', () => {
    expect(upTo(pairUp<unknown>(['a', undefined, null, 0, '', false]))).toEqual([
      ['a', undefined],
      [null, 0],
      ['', false],
    ]);
    expect(() => upTo(pairUp([undefined]))).toThrow('missing value for undefined');
  });

  it('pulls nothing before the first next(), then two items per pair', () => {
    const { iterable, log } = scripted(['a', 'b', 'c', 'd']);
    const pairs = pairUp(iterable);
    expect(log.pulls, 'nothing should be pulled before the first next()').toBe(0);
    expect(pairs.next()).toEqual({ value: ['a', 'b'], done: false });
    expect(log.pulls).toBe(2);
    expect(pairs.next()).toEqual({ value: ['c', 'd'], done: false });
    expect(log.pulls).toBe(4);
  });

  it('never pulls again once the source has said done', () => {
    const even = scripted(['a', 'b']);
    expect(upTo(pairUp(even.iterable))).toEqual([['a', 'b']]);
    expect(even.log.pulls, 'two items, then one pull that says done').toBe(3);
    const odd = scripted(['a', 'b', 'c']);
    expect(() => upTo(pairUp(odd.iterable))).toThrow('missing value for c');
    expect(odd.log.pulls).toBe(4);
  });

  it('reads one iterator of the source', () => {
    const { iterable, log } = scripted([1, 2, 3, 4]);
    expect(upTo(pairUp(iterable))).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(log.iterators).toBe(1);
  });

  it('works on an endless source', () => {
    const { iterable } = scripted();
    const pairs = pairUp(iterable);
    expect([pairs.next().value, pairs.next().value, pairs.next().value]).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
  });

  it('keeps each generator separate when two are interleaved', () => {
    const a = pairUp(['a1', 'a2', 'a3', 'a4']);
    const b = pairUp(['b1', 'b2', 'b3', 'b4']);
    expect(a.next().value).toEqual(['a1', 'a2']);
    expect(b.next().value).toEqual(['b1', 'b2']);
    expect(a.next().value).toEqual(['a3', 'a4']);
    expect(b.next().value).toEqual(['b3', 'b4']);
    expect(a.next().done).toBe(true);
  });

  it('handles a long source', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => i);
    let count = 0;
    let last: [number, number] | undefined;
    for (const pair of pairUp(items)) {
      count += 1;
      last = pair;
      if (count > 100_000) throw new Error('more than 100,000 pairs from 200,000 items: is it stopping at the end?');
    }
    expect(count).toBe(100_000);
    expect(last).toEqual([199_998, 199_999]);
  });

  it('is a generator typed by its items', () => {
    expect(Object.prototype.toString.call(pairUp([]))).toBe('[object Generator]');
    expectTypeOf(pairUp(['a'])).toEqualTypeOf<Generator<[string, string], void, undefined>>();
  });
});
