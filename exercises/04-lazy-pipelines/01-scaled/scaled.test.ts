import { describe, expect, expectTypeOf, it } from 'vitest';
import { scaled } from './scaled';

/** Wraps an iterable and records how it is used. */
function watched(items: Iterable<number>) {
  const stats = { opened: 0, pulls: 0, closed: 0 };
  const iterable: Iterable<number> = {
    [Symbol.iterator]() {
      stats.opened += 1;
      const inner = items[Symbol.iterator]();
      return {
        next() {
          stats.pulls += 1;
          return inner.next();
        },
        return(value?: unknown) {
          stats.closed += 1;
          return { value, done: true } as IteratorResult<number>;
        },
      };
    },
  };
  return { iterable, stats };
}

/** Endless for a lazy reader; throws (rather than hang) if something reads far ahead. */
function* naturals(): Generator<number, never, undefined> {
  for (let n = 0; ; n++) {
    if (n === 10_000) throw new Error('10,000 items were read from an endless source: something is eager');
    yield n;
  }
}

/** Pulls at most `limit` items, so an endless generator cannot hang a test. */
function take<T>(iterator: Iterator<T>, limit = 100): T[] {
  const out: T[] = [];
  for (let i = 0; i < limit; i++) {
    const r = iterator.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe('scaled', () => {
  it('yields each value times the factor, in order', () => {
    expect(take(scaled([1, 2, 3], 10))).toEqual([10, 20, 30]);
    expect(take(scaled(new Set([0.5, -2]), 4))).toEqual([2, -8]);
    expect(take(scaled([], 3))).toEqual([]);
  });

  it('ends with { value: undefined, done: true }, and stays done', () => {
    const g = scaled([2], 3);
    expect(g.next()).toEqual({ value: 6, done: false });
    expect(g.next()).toEqual({ value: undefined, done: true });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('asks the source for its iterator at the call, and reads nothing yet', () => {
    const source = watched([1, 2, 3]);
    scaled(source.iterable, 2);
    expect(source.stats.opened, 'scaled() should ask for the iterator as soon as it is called').toBe(1);
    expect(source.stats.pulls, 'scaled() should not read any value before next()').toBe(0);
  });

  it('throws a TypeError at the call when the source is not iterable', () => {
    expect(() => scaled(42 as unknown as Iterable<number>, 2)).toThrow(TypeError);
    expect(() => scaled(null as unknown as Iterable<number>, 2)).toThrow(TypeError);
    expect(() => scaled({} as unknown as Iterable<number>, 2)).toThrow(TypeError);
  });

  it('opens the source only once, however far it is read', () => {
    const source = watched([1, 2, 3]);
    expect(take(scaled(source.iterable, 2))).toEqual([2, 4, 6]);
    expect(source.stats.opened, 'the source was asked for a second iterator').toBe(1);
  });

  it('pulls exactly one value per next(), so an endless source works', () => {
    const source = watched(naturals());
    const g = scaled(source.iterable, 3);
    expect(g.next()).toEqual({ value: 0, done: false });
    expect(source.stats.pulls).toBe(1);
    expect(g.next()).toEqual({ value: 3, done: false });
    expect(g.next()).toEqual({ value: 6, done: false });
    expect(source.stats.pulls, 'three next() calls should make three pulls').toBe(3);
  });

  it('closes the source when the consumer stops early', () => {
    const source = watched(naturals());
    for (const value of scaled(source.iterable, 2)) {
      if (value === 4) break;
    }
    expect(source.stats.closed, 'breaking out of the loop should call return() on the source').toBe(1);
  });

  it('keeps two results apart, read in turns', () => {
    const a = scaled([1, 2, 3], 10);
    const b = scaled([4, 5, 6], 100);
    expect([a.next().value, b.next().value, a.next().value, b.next().value, a.next().value, b.next().value]).toEqual([
      10, 400, 20, 500, 30, 600,
    ]);
  });

  it('has the type Generator<number, void, undefined>', () => {
    expectTypeOf(scaled([1], 2)).toEqualTypeOf<Generator<number, void, undefined>>();
  });
});
