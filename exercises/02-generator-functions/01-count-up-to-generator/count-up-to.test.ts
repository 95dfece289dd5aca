import { describe, expect, expectTypeOf, it } from 'vitest';
import { countUpTo } from './count-up-to';

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

describe('countUpTo', () => {
  it('yields 1..limit', () => {
    expect(upTo(countUpTo(3))).toEqual([1, 2, 3]);
    expect(upTo(countUpTo(1))).toEqual([1]);
  });

  it('yields nothing for limit 0', () => {
    expect(upTo(countUpTo(0))).toEqual([]);
  });

  it('speaks the protocol one value per next(), then stays done', () => {
    const g = countUpTo(2);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next()).toEqual({ value: 2, done: false });
    expect(g.next()).toEqual({ value: undefined, done: true });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('throws a RangeError for a limit that is negative, fractional or NaN', () => {
    expect(() => countUpTo(-1).next()).toThrow(RangeError);
    expect(() => countUpTo(2.5).next()).toThrow(RangeError);
    expect(() => countUpTo(Number.NaN).next()).toThrow(RangeError);
  });

  it('starts lazily: calling countUpTo runs nothing, so a bad limit throws only at the first next()', () => {
    let g: Generator<number, void, undefined> | undefined;
    expect(() => {
      g = countUpTo(-1);
    }).not.toThrow();
    expect(() => g!.next()).toThrow(RangeError);
  });

  it('is a real generator object, which is its own iterator', () => {
    const g = countUpTo(3);
    expect(Object.prototype.toString.call(g)).toBe('[object Generator]');
    expect(g[Symbol.iterator]()).toBe(g);
  });

  it('gives a fresh, independent generator on every call', () => {
    const a = countUpTo(3);
    const b = countUpTo(3);
    expect(a.next().value).toBe(1);
    expect(a.next().value).toBe(2);
    expect(b.next().value).toBe(1);
  });

  it('is single use, like every generator object', () => {
    const g = countUpTo(2);
    expect([...g]).toEqual([1, 2]);
    expect([...g]).toEqual([]);
  });

  it('has the declared types', () => {
    expectTypeOf(countUpTo).parameters.toEqualTypeOf<[number]>();
    expectTypeOf(countUpTo).returns.toEqualTypeOf<Generator<number, void, undefined>>();
    // Only type-checked, never called:
    // @ts-expect-error the limit is a number, not a string
    const withString = () => countUpTo('3');
    expect(withString).toBeTypeOf('function');
  });
});
