import { describe, expect, expectTypeOf, it } from 'vitest';
import { range } from './range';

/** Pulls at most `limit` values by hand, so a range that never ends fails instead of hanging. */
function upTo(iterable: Iterable<number>, limit = 50): number[] {
  const iterator = iterable[Symbol.iterator]();
  const values: number[] = [];
  for (let i = 0; i < limit; i++) {
    const result = iterator.next();
    if (result.done) return values;
    values.push(result.value);
  }
  throw new Error(`still going after ${limit} values: ${values.slice(0, 8).join(', ')}, …`);
}

describe('range', () => {
  it('counts from start up to, not including, end', () => {
    expect(upTo(range(0, 5))).toEqual([0, 1, 2, 3, 4]);
    expect(upTo(range(-2, 2))).toEqual([-2, -1, 0, 1]);
  });

  it('takes steps', () => {
    expect(upTo(range(2, 10, 3))).toEqual([2, 5, 8]);
    expect(upTo(range(0, 10, 5))).toEqual([0, 5]);
    expect(upTo(range(0, 1, 0.25))).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('counts down with a negative step', () => {
    expect(upTo(range(5, 0, -1))).toEqual([5, 4, 3, 2, 1]);
    expect(upTo(range(5, 0, -2))).toEqual([5, 3, 1]);
  });

  it('is empty when start is already at or past end', () => {
    expect(upTo(range(3, 3))).toEqual([]);
    expect(upTo(range(5, 0))).toEqual([]);
    expect(upTo(range(0, 5, -1))).toEqual([]);
  });

  it('throws a RangeError for step 0, as soon as range() is called', () => {
    expect(() => range(0, 5, 0)).toThrow(RangeError);
  });

  it('is reusable: every loop starts again at start', () => {
    const r = range(1, 4);
    expect([...r]).toEqual([1, 2, 3]);
    expect([...r]).toEqual([1, 2, 3]);
    const a = r[Symbol.iterator]();
    const b = r[Symbol.iterator]();
    expect(a.next()).toEqual({ value: 1, done: false });
    expect(a.next()).toEqual({ value: 2, done: false });
    expect(b.next()).toEqual({ value: 1, done: false });
  });

  it('stays done once finished', () => {
    const it = range(0, 1)[Symbol.iterator]();
    expect(it.next()).toEqual({ value: 0, done: false });
    expect(it.next()).toEqual({ value: undefined, done: true });
    expect(it.next()).toEqual({ value: undefined, done: true });
  });

  it('computes values as they are pulled: no array, no generator', () => {
    const r = range(0, 3);
    expect(Array.isArray(r)).toBe(false);
    const tag = Object.prototype.toString.call(r[Symbol.iterator]());
    // '[object Array Iterator]' means an array underneath; '[object Generator]' a function*.
    expect(['[object Object]', '[object Iterator]']).toContain(tag);
  });

  it('works with an endless range', () => {
    const it = range(10, Infinity, 10)[Symbol.iterator]();
    expect([it.next().value, it.next().value, it.next().value]).toEqual([10, 20, 30]);
  });

  it('is typed as an iterable of numbers', () => {
    expectTypeOf(range).returns.toEqualTypeOf<Iterable<number>>();
    expectTypeOf(range).parameters.toEqualTypeOf<[start: number, end: number, step?: number]>();
  });
});
