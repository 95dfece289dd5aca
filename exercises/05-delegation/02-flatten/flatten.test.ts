import { describe, expect, expectTypeOf, it } from 'vitest';
import { flatten } from './flatten';

/** Pulls at most `limit` items, so a runaway generator cannot hang a test. */
function take(iterator: Iterator<unknown>, limit = 100): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < limit; i++) {
    const r = iterator.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

/** An array whose element `index` counts its reads (or throws when read). */
function watchIndex(array: unknown[], index: number, onRead: () => void): unknown[] {
  const value = array[index];
  Object.defineProperty(array, index, {
    get() {
      onRead();
      return value;
    },
  });
  return array;
}

describe('flatten', () => {
  it('flattens nested arrays depth first, left to right', () => {
    expect(take(flatten([1, [2, [3, [4]], 5], [[6]]]))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves a flat array as it is', () => {
    expect(take(flatten(['a', 'b', 'c']))).toEqual(['a', 'b', 'c']);
  });

  it('does not split strings', () => {
    expect(take(flatten(['ab', ['cd', ['e']]]))).toEqual(['ab', 'cd', 'e']);
  });

  it('yields a non-array value itself', () => {
    expect(take(flatten(42))).toEqual([42]);
    expect(take(flatten('hello'))).toEqual(['hello']);
    expect(take(flatten(null))).toEqual([null]);
    expect(take(flatten(undefined))).toEqual([undefined]);
  });

  it('treats objects and Sets as leaves, not as things to open', () => {
    const point = { x: 1, y: 2 };
    const set = new Set([1, 2]);
    const result = take(flatten([point, [set]]));
    expect(result).toHaveLength(2);
    expect(result[0]).toBe(point);
    expect(result[1]).toBe(set);
  });

  it('yields nothing for empty arrays, however deep', () => {
    expect(take(flatten([]))).toEqual([]);
    expect(take(flatten([[], [[]], [[[]]]]))).toEqual([]);
    expect(take(flatten([[], 1, [[]], 2]))).toEqual([1, 2]);
  });

  it('keeps falsy leaves (0, "", false, null)', () => {
    expect(take(flatten([0, ['', [false]], null]))).toEqual([0, '', false, null]);
  });

  it('copes with deep nesting', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(take(flatten(deep))).toEqual(['bottom']);
  });

  it('does not change its input', () => {
    const input = [1, [2, [3]]];
    take(flatten(input));
    expect(input).toEqual([1, [2, [3]]]);
  });

  it('ends with { value: undefined, done: true }', () => {
    const g = flatten([[7]]);
    expect(g.next()).toEqual({ value: 7, done: false });
    expect(g.next()).toEqual({ value: undefined, done: true });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('reads nothing before the first next()', () => {
    let reads = 0;
    const input = watchIndex([1, 2], 0, () => reads++);
    const g = flatten(input);
    expect(reads, 'flatten() read the array before next() was called').toBe(0);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(reads).toBe(1);
  });

  it('is lazy: reads only as far as the items asked for', () => {
    const input = watchIndex([[1, 2], [3]], 1, () => {
      throw new Error('flatten read the second element before the first one was used up');
    });
    const g = flatten(input);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next()).toEqual({ value: 2, done: false });
  });

  it('keeps two walks apart when they are read in turns', () => {
    const a = flatten([1, [2, [3]]]);
    const b = flatten([[['x']], 'y', ['z']]);
    expect([a.next(), b.next(), a.next(), b.next(), a.next(), b.next()].map((r) => r.value)).toEqual([1, 'x', 2, 'y', 3, 'z']);
  });

  it('handles an array of 200,000 leaves', () => {
    let count = 0;
    for (const _ of flatten(Array.from({ length: 200_000 }, (_, i) => i))) count += 1;
    expect(count).toBe(200_000);
  });

  it('handles 200,000 leaves one level down', () => {
    let count = 0;
    for (const _ of flatten([Array.from({ length: 200_000 }, (_, i) => i)])) count += 1;
    expect(count).toBe(200_000);
  });

  it('has the type Generator<unknown, void, undefined>', () => {
    expectTypeOf(flatten([1, [2]])).toEqualTypeOf<Generator<unknown, void, undefined>>();
  });
});
