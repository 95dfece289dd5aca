import { describe, expect, expectTypeOf, it } from 'vitest';
import { drain, nonBlankLines } from './lines';

/**
 * An iterator over `items` that finishes with `{ value: returns, done: true }`,
 * counts its next() calls, and fails the test if it is pulled again after done.
 */
function scripted<T, R>(items: T[], returns: R) {
  const log = { pulls: 0 };
  let index = 0;
  let finished = false;
  const iterator: Iterator<T, R> = {
    next(): IteratorResult<T, R> {
      log.pulls += 1;
      if (finished) throw new Error('next() was called again after done: true');
      if (index < items.length) return { value: items[index++], done: false };
      finished = true;
      return { value: returns, done: true };
    },
  };
  return { iterator, log };
}

describe('nonBlankLines', () => {
  it('yields the lines that are not blank, in order', () => {
    expect([...nonBlankLines(['a', '', 'b', '   ', 'c'])]).toEqual(['a', 'b', 'c']);
  });

  it('yields lines unchanged, spaces included', () => {
    expect([...nonBlankLines(['  indented', 'x '])]).toEqual(['  indented', 'x ']);
  });

  it('returns the number of skipped lines in the final { done: true } result, not as an item', () => {
    const g = nonBlankLines(['a', '', '\t', 'b']);
    expect(g.next()).toEqual({ value: 'a', done: false });
    expect(g.next()).toEqual({ value: 'b', done: false });
    expect(g.next()).toEqual({ value: 2, done: true });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('returns 0 when nothing was skipped, and counts a source of blanks only', () => {
    expect(drain(nonBlankLines(['a']))).toEqual({ items: ['a'], result: 0 });
    expect(drain(nonBlankLines(['', ' ']))).toEqual({ items: [], result: 2 });
  });

  it('reads lines only as it is pulled', () => {
    const { iterator, log } = scripted(['a', '', 'b'], undefined);
    const g = nonBlankLines({ [Symbol.iterator]: () => iterator });
    expect(log.pulls).toBe(0);
    g.next();
    expect(log.pulls).toBe(1);
  });
});

describe('drain', () => {
  it('collects the items and the return value of a generator', () => {
    expect(drain(nonBlankLines(['x', '', 'y']))).toEqual({ items: ['x', 'y'], result: 1 });
  });

  it('keeps a return value that is falsy', () => {
    expect(drain(scripted([1, 2], 0).iterator)).toEqual({ items: [1, 2], result: 0 });
    expect(drain(scripted(['a'], '').iterator)).toEqual({ items: ['a'], result: '' });
  });

  it('gives result undefined for an iterator that returns nothing', () => {
    expect(drain([1, 2][Symbol.iterator]())).toEqual({ items: [1, 2], result: undefined });
  });

  it('calls next() once per item plus once for done, and never after done', () => {
    const { iterator, log } = scripted(['a', 'b', 'c'], 'end');
    expect(drain(iterator)).toEqual({ items: ['a', 'b', 'c'], result: 'end' });
    expect(log.pulls).toBe(4);
  });

  it('handles an iterator that is done at once', () => {
    const { iterator, log } = scripted([], 'nothing');
    expect(drain(iterator)).toEqual({ items: [], result: 'nothing' });
    expect(log.pulls).toBe(1);
  });

  it('has the declared types', () => {
    expectTypeOf(nonBlankLines).returns.toEqualTypeOf<Generator<string, number, undefined>>();
    expectTypeOf(drain(nonBlankLines([]))).toEqualTypeOf<{ items: string[]; result: number }>();
  });
});
