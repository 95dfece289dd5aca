import { describe, expect, it } from 'vitest';
import { CountUpTo } from './count-up-to';

/** Pulls at most `limit` values by hand, so an iterator that never says done fails instead of hanging. */
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

describe('CountUpTo', () => {
  it('yields 1..max in a for…of loop', () => {
    const seen: number[] = [];
    for (const n of new CountUpTo(3)) {
      seen.push(n);
      if (seen.length > 50) throw new Error(`still going after 50 values: ${seen.slice(0, 8).join(', ')}, …`);
    }
    expect(seen).toEqual([1, 2, 3]);
  });

  it('works with spread and destructuring', () => {
    expect(upTo(new CountUpTo(5))).toEqual([1, 2, 3, 4, 5]);
    expect([...new CountUpTo(5)]).toEqual([1, 2, 3, 4, 5]);
    const [first, second] = new CountUpTo(5);
    expect([first, second]).toEqual([1, 2]);
  });

  it('yields nothing for max 0', () => {
    expect(upTo(new CountUpTo(0))).toEqual([]);
  });

  it('speaks the protocol: { value, done }, and done stays true', () => {
    const it = new CountUpTo(1)[Symbol.iterator]();
    expect(it.next()).toEqual({ value: 1, done: false });
    expect(it.next()).toEqual({ value: undefined, done: true });
    expect(it.next()).toEqual({ value: undefined, done: true });
  });

  it('starts afresh on every [Symbol.iterator]() call', () => {
    const counter = new CountUpTo(3);
    expect(upTo(counter)).toEqual([1, 2, 3]);
    expect(upTo(counter)).toEqual([1, 2, 3]);
    // Each iterator keeps its own count, even when they are interleaved.
    const a = counter[Symbol.iterator]();
    const b = counter[Symbol.iterator]();
    expect(a.next()).toEqual({ value: 1, done: false });
    expect(a.next()).toEqual({ value: 2, done: false });
    expect(b.next()).toEqual({ value: 1, done: false });
    expect(a.next()).toEqual({ value: 3, done: false });
    expect(b.next()).toEqual({ value: 2, done: false });
  });

  it('is written by hand, not with a generator function or a built-in iterator', () => {
    const iterator = new CountUpTo(1)[Symbol.iterator]();
    const tag = Object.prototype.toString.call(iterator);
    // '[object Generator]' for function*, '[object Array Iterator]' for [...].values().
    expect(['[object Object]', '[object Iterator]']).toContain(tag);
  });
});
