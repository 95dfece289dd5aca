import { describe, expect, expectTypeOf, it } from 'vitest';
import { cycle } from './cycle';

const PULL_LIMIT = 1000;

/**
 * An iterable over `items` (or 0, 1, 2, … forever when `items` is omitted) that
 * counts pulls and refuses a second iteration, like a generator would give nothing.
 */
function counting<T = number>(items?: T[]) {
  const stats = { pulls: 0, iterations: 0 };
  const source: Iterable<T> = {
    [Symbol.iterator]() {
      stats.iterations += 1;
      if (stats.iterations > 1) {
        throw new Error('cycle iterated its source a second time: a one-shot source such as a generator would be empty by then');
      }
      let index = 0;
      return {
        next(): IteratorResult<T, undefined> {
          stats.pulls += 1;
          if (stats.pulls > PULL_LIMIT) {
            throw new Error(`cycle pulled more than ${PULL_LIMIT} items from its source: is it reading the whole (endless) source first?`);
          }
          if (items === undefined) return { value: index++ as T, done: false };
          return index < items.length ? { value: items[index++], done: false } : { value: undefined, done: true };
        },
      };
    },
  };
  return { source, stats };
}

/** Calls next() exactly `count` times and returns the values (a bounded pull). */
function first<T>(iterator: Iterator<T>, count: number): T[] {
  const values: T[] = [];
  for (let i = 0; i < count; i++) {
    const result = iterator.next();
    if (result.done) break;
    values.push(result.value);
  }
  return values;
}

describe('cycle', () => {
  it('repeats the items of an array', () => {
    expect(first(cycle([1, 2, 3]), 8)).toEqual([1, 2, 3, 1, 2, 3, 1, 2]);
  });

  it('never finishes for a non-empty source', () => {
    const cycled = cycle(['x']);
    first(cycled, 50);
    expect(cycled.next()).toEqual({ value: 'x', done: false });
  });

  it('yields the first items of an endless source without reading all of it', () => {
    const { source, stats } = counting();
    expect(first(cycle(source), 5)).toEqual([0, 1, 2, 3, 4]);
    expect(stats.pulls, '5 items should take 5 pulls from the source').toBe(5);
  });

  it('pulls each item only when it is first needed', () => {
    const { source, stats } = counting(['a', 'b', 'c']);
    const cycled = cycle(source);
    expect(stats.pulls, 'nothing should be pulled before the first next()').toBe(0);
    cycled.next();
    expect(stats.pulls).toBe(1);
    cycled.next();
    expect(stats.pulls).toBe(2);
  });

  it('iterates the source once, then replays what it saved', () => {
    const { source, stats } = counting(['a', 'b', 'c']);
    expect(first(cycle(source), 7)).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    expect(stats.iterations).toBe(1);
    expect(stats.pulls, '3 items plus the one pull that reported done').toBe(4);
  });

  it('works on a one-shot generator', () => {
    function* letters() {
      yield 'a';
      yield 'b';
    }
    const generator = letters();
    let iterations = 0;
    // The generator itself, guarded so that a second pass fails at once instead of spinning.
    const guarded: Iterable<string> = {
      [Symbol.iterator]() {
        iterations += 1;
        if (iterations > 1) throw new Error('cycle iterated the generator a second time: it is empty by then');
        return generator;
      },
    };
    expect(first(cycle(guarded), 5)).toEqual(['a', 'b', 'a', 'b', 'a']);
  });

  it('keeps two cycles separate when they are interleaved', () => {
    const a = cycle(['a', 'b']);
    const b = cycle(['x', 'y', 'z']);
    const seen = [a.next().value, b.next().value, a.next().value, b.next().value, a.next().value, b.next().value, b.next().value];
    expect(seen).toEqual(['a', 'x', 'b', 'y', 'a', 'z', 'x']);
  });

  it('keeps the item type', () => {
    expectTypeOf(cycle(['a'])).toEqualTypeOf<Generator<string, void, undefined>>();
  });

  // Last on purpose: a wrong answer here loops forever without yielding, and
  // only the runner's time limit can stop it.
  it('finishes at once for an empty source', () => {
    const { source } = counting<number>([]);
    expect(cycle(source).next()).toEqual({ value: undefined, done: true });
  });
});
