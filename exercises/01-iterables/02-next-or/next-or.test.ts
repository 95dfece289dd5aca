import { describe, expect, expectTypeOf, it } from 'vitest';
import { nextOr } from './next-or';

/** An iterator over `items` that counts its next() calls. */
function counted<T>(items: T[]) {
  const log = { pulls: 0 };
  let index = 0;
  const iterator: Iterator<T> = {
    next(): IteratorResult<T> {
      log.pulls += 1;
      return index < items.length ? { value: items[index++], done: false } : { value: undefined, done: true };
    },
  };
  return { iterator, log };
}

describe('nextOr', () => {
  it('returns the next value and advances the iterator', () => {
    const it = ['a', 'b'][Symbol.iterator]();
    expect(nextOr(it, 'none')).toBe('a');
    expect(nextOr(it, 'none')).toBe('b');
  });

  it('returns the fallback once the iterator is finished, every time', () => {
    const it = ['a'][Symbol.iterator]();
    expect(nextOr(it, 'none')).toBe('a');
    expect(nextOr(it, 'none')).toBe('none');
    expect(nextOr(it, 'none')).toBe('none');
    expect(nextOr([][Symbol.iterator](), 42)).toBe(42);
  });

  it('treats a yielded undefined, null, 0, false or empty string as a value, not as the end', () => {
    const it = [undefined, null, 0, false, ''][Symbol.iterator]();
    expect(nextOr(it, 'end')).toBe(undefined);
    expect(nextOr(it, 'end')).toBe(null);
    expect(nextOr(it, 'end')).toBe(0);
    expect(nextOr(it, 'end')).toBe(false);
    expect(nextOr(it, 'end')).toBe('');
    expect(nextOr(it, 'end')).toBe('end');
  });

  it('returns the fallback, not the value carried by the final { done: true } result', () => {
    const finished: Iterator<number, string> = {
      next: () => ({ value: 'return value', done: true }),
    };
    expect(nextOr(finished, 'fallback')).toBe('fallback');
  });

  it('calls next() exactly once per call', () => {
    const { iterator, log } = counted([1, 2]);
    nextOr(iterator, 0);
    expect(log.pulls).toBe(1);
    nextOr(iterator, 0);
    nextOr(iterator, 0);
    expect(log.pulls).toBe(3);
  });

  it('has the type of a value or of the fallback', () => {
    expectTypeOf(nextOr(['a'][Symbol.iterator](), 0)).toEqualTypeOf<string | number>();
    expectTypeOf(nextOr(['a'][Symbol.iterator](), undefined)).toEqualTypeOf<string | undefined>();
  });
});
