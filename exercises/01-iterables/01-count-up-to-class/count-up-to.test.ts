import { describe, expect, it } from 'vitest';
import { CountUpTo } from './count-up-to';

describe('CountUpTo', () => {
  it('yields 1..max in a for…of loop', () => {
    const seen: number[] = [];
    for (const n of new CountUpTo(3)) seen.push(n);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('works with spread', () => {
    expect([...new CountUpTo(5)]).toEqual([1, 2, 3, 4, 5]);
  });

  it('yields nothing for max 0', () => {
    expect([...new CountUpTo(0)]).toEqual([]);
  });

  it('speaks the protocol: { value, done } and done stays true', () => {
    const it = new CountUpTo(1)[Symbol.iterator]();
    expect(it.next()).toEqual({ value: 1, done: false });
    expect(it.next()).toEqual({ value: undefined, done: true });
    expect(it.next()).toEqual({ value: undefined, done: true });
  });

  it('starts afresh on every [Symbol.iterator]() call', () => {
    const counter = new CountUpTo(2);
    expect([...counter]).toEqual([1, 2]);
    expect([...counter]).toEqual([1, 2]);
    const a = counter[Symbol.iterator]();
    const b = counter[Symbol.iterator]();
    a.next();
    expect(b.next()).toEqual({ value: 1, done: false });
  });

  it('is written without a generator function', () => {
    const iterator = new CountUpTo(1)[Symbol.iterator]();
    expect(Object.prototype.toString.call(iterator)).not.toBe('[object Generator]');
  });
});
