import { describe, expect, expectTypeOf, it } from 'vitest';
import { zip } from './zip';

/**
 * An iterable over `items` that counts what is done to it. `return()` after
 * the iterator reported done, or twice, is recorded as a mistake.
 */
function tracked<T>(items: T[], name: string) {
  const stats = { iterators: 0, pulls: 0, returns: 0, mistakes: [] as string[] };
  const iterable: Iterable<T> = {
    [Symbol.iterator]() {
      stats.iterators += 1;
      let index = 0;
      let finished = false;
      return {
        next(): IteratorResult<T, undefined> {
          stats.pulls += 1;
          if (stats.pulls > 1000) throw new Error(`${name} was pulled more than 1000 times`);
          if (finished || index >= items.length) {
            finished = true;
            return { value: undefined, done: true };
          }
          return { value: items[index++], done: false };
        },
        return(): IteratorResult<T, undefined> {
          if (finished) stats.mistakes.push(`return() called on ${name} after it was finished`);
          stats.returns += 1;
          finished = true;
          return { value: undefined, done: true };
        },
      };
    },
  };
  return { iterable, stats };
}

describe('zip', () => {
  it('pairs items up to the shorter source', () => {
    expect([...zip([1, 2, 3], ['a', 'b'])]).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect([...zip('xy', [true, false, true])]).toEqual([
      ['x', true],
      ['y', false],
    ]);
    expect([...zip([], [1])]).toEqual([]);
  });

  it('gets the iterators on the first next(), not when created', () => {
    const left = tracked([1], 'left');
    const right = tracked([2], 'right');
    const pairs = zip(left.iterable, right.iterable);
    expect(left.stats.iterators + right.stats.iterators).toBe(0);
    pairs.next();
    expect([left.stats.iterators, right.stats.iterators]).toEqual([1, 1]);
  });

  it('closes the longer source when the shorter one runs out, without pulling it again', () => {
    const left = tracked([1, 2], 'left');
    const right = tracked(['a', 'b', 'c', 'd'], 'right');
    expect([...zip(left.iterable, right.iterable)]).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(right.stats.pulls, 'right must not be pulled once left has run out').toBe(2);
    expect(right.stats.returns, 'right still had items, so it must be closed').toBe(1);
    expect(left.stats.returns, 'left finished by itself, so it must not be closed').toBe(0);
    expect([...left.stats.mistakes, ...right.stats.mistakes]).toEqual([]);
  });

  it('closes the left source when the right one runs out first', () => {
    const left = tracked([1, 2, 3], 'left');
    const right = tracked(['a'], 'right');
    expect([...zip(left.iterable, right.iterable)]).toEqual([[1, 'a']]);
    expect(left.stats.returns).toBe(1);
    expect(right.stats.returns).toBe(0);
    expect([...left.stats.mistakes, ...right.stats.mistakes]).toEqual([]);
  });

  it('closes both sources once when a for…of loop breaks', () => {
    const left = tracked([1, 2, 3], 'left');
    const right = tracked([4, 5, 6], 'right');
    for (const [a] of zip(left.iterable, right.iterable)) {
      if (a === 2) break;
    }
    expect([left.stats.returns, right.stats.returns]).toEqual([1, 1]);
    expect([left.stats.pulls, right.stats.pulls], 'no pulls beyond what was consumed').toEqual([2, 2]);
  });

  it('closes both sources once on return(), and not again on a second return()', () => {
    const left = tracked([1, 2, 3], 'left');
    const right = tracked([4, 5, 6], 'right');
    const pairs = zip(left.iterable, right.iterable);
    pairs.next();
    expect(pairs.return()).toEqual({ value: undefined, done: true });
    pairs.return();
    expect([left.stats.returns, right.stats.returns]).toEqual([1, 1]);
    expect([...left.stats.mistakes, ...right.stats.mistakes]).toEqual([]);
  });

  it('closes both sources when an error is thrown in, and lets it through', () => {
    const left = tracked([1, 2, 3], 'left');
    const right = tracked([4, 5, 6], 'right');
    const pairs = zip(left.iterable, right.iterable);
    pairs.next();
    expect(() => pairs.throw(new Error('consumer failed'))).toThrow('consumer failed');
    expect([left.stats.returns, right.stats.returns]).toEqual([1, 1]);
  });

  it('opens and closes nothing when closed before it starts', () => {
    const left = tracked([1], 'left');
    const right = tracked([2], 'right');
    zip(left.iterable, right.iterable).return();
    expect(left.stats).toEqual({ iterators: 0, pulls: 0, returns: 0, mistakes: [] });
    expect(right.stats).toEqual({ iterators: 0, pulls: 0, returns: 0, mistakes: [] });
  });

  it('closes generator sources, running their finally blocks', () => {
    const log: string[] = [];
    function* numbers() {
      try {
        yield* [1, 2, 3];
      } finally {
        log.push('numbers closed');
      }
    }
    function* letters() {
      try {
        yield* ['a'];
      } finally {
        log.push('letters closed');
      }
    }
    expect([...zip(numbers(), letters())]).toEqual([[1, 'a']]);
    expect(log.sort()).toEqual(['letters closed', 'numbers closed']);
  });

  it('works with endless sources', () => {
    function* naturals() {
      for (let n = 0; ; n++) yield n;
    }
    expect([...zip(naturals(), 'abc')]).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
    ]);
  });

  it('has the type Generator<[A, B], void, undefined>', () => {
    expectTypeOf(zip([1], ['a'])).toEqualTypeOf<Generator<[number, string], void, undefined>>();
  });
});
