import { describe, expect, expectTypeOf, it } from 'vitest';
import { groupRuns } from './group-runs';

/** Wraps an iterable and records how it is used. */
function watched<T>(items: Iterable<T>) {
  const stats = { opened: 0, pulls: 0, closed: 0 };
  const iterable: Iterable<T> = {
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
          return { value, done: true } as IteratorResult<T>;
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

const itself = <T>(item: T) => item;

describe('groupRuns', () => {
  it('groups runs of items with equal keys', () => {
    expect(take(groupRuns('aabccc', itself))).toEqual([
      ['a', ['a', 'a']],
      ['b', ['b']],
      ['c', ['c', 'c', 'c']],
    ]);
  });

  it('starts a new run when a key comes back after another one', () => {
    const events = [
      { user: 'ada', action: 'login' },
      { user: 'ada', action: 'view' },
      { user: 'bob', action: 'login' },
      { user: 'ada', action: 'logout' },
    ];
    const runs = take(groupRuns(events, (event) => event.user));
    expect(runs.map(([user, run]) => [user, run.map((event) => event.action)])).toEqual([
      ['ada', ['login', 'view']],
      ['bob', ['login']],
      ['ada', ['logout']],
    ]);
  });

  it('yields nothing for no items', () => {
    expect(take(groupRuns([], itself))).toEqual([]);
  });

  it('labels each run with its own key', () => {
    expect(take(groupRuns([1, 3, 2, 4, 5], (n) => n % 2 === 0))).toEqual([
      [false, [1, 3]],
      [true, [2, 4]],
      [false, [5]],
    ]);
  });

  it('keeps falsy keys and items (0, "", undefined)', () => {
    expect(take(groupRuns([0, 0, 1], itself))).toEqual([
      [0, [0, 0]],
      [1, [1]],
    ]);
    expect(take(groupRuns(['', 'a'], (s) => (s === '' ? undefined : s)))).toEqual([
      [undefined, ['']],
      ['a', ['a']],
    ]);
  });

  it('gives every run its own array, never changed after it is yielded', () => {
    const runs = take(groupRuns('aabcc', itself));
    expect(runs).toEqual([
      ['a', ['a', 'a']],
      ['b', ['b']],
      ['c', ['c', 'c']],
    ]);
    expect(runs[0][1]).not.toBe(runs[1][1]);
  });

  it('ends with { value: undefined, done: true }', () => {
    const g = groupRuns('a', itself);
    expect(g.next()).toEqual({ value: ['a', ['a']], done: false });
    expect(g.next()).toEqual({ value: undefined, done: true });
  });

  it('reads nothing before the first next()', () => {
    const source = watched('aab');
    groupRuns(source.iterable, itself);
    expect(source.stats.opened, 'groupRuns() started reading before next() was called').toBe(0);
  });

  it('reads exactly one item past each run, so an endless source works', () => {
    const source = watched(naturals());
    const g = groupRuns(source.iterable, (n) => Math.floor(n / 3));
    expect(g.next()).toEqual({ value: [0, [0, 1, 2]], done: false });
    expect(source.stats.pulls, 'the run 0, 1, 2 ends when 3 arrives: 4 items read').toBe(4);
    expect(g.next()).toEqual({ value: [1, [3, 4, 5]], done: false });
    expect(source.stats.pulls).toBe(7);
  });

  it('calls the key once per item', () => {
    const calls: string[] = [];
    const runs = take(
      groupRuns('aabbb', (item) => {
        calls.push(item);
        return item;
      }),
    );
    expect(runs).toHaveLength(2);
    expect(calls).toEqual(['a', 'a', 'b', 'b', 'b']);
  });

  it('closes the source when the consumer stops early', () => {
    const source = watched(naturals());
    for (const [k] of groupRuns(source.iterable, (n) => Math.floor(n / 2))) {
      if (k === 1) break;
    }
    expect(source.stats.closed, 'breaking out of the loop should call return() on the source').toBe(1);
  });

  it('keeps two calls apart when read in turns', () => {
    const first = groupRuns('aab', itself);
    const second = groupRuns('xyy', itself);
    expect(first.next().value).toEqual(['a', ['a', 'a']]);
    expect(second.next().value).toEqual(['x', ['x']]);
    expect(first.next().value).toEqual(['b', ['b']]);
    expect(second.next().value).toEqual(['y', ['y', 'y']]);
  });

  it('handles 200,000 items', () => {
    const oneRun = [...groupRuns(new Array<number>(200_000).fill(7), itself)];
    expect(oneRun).toHaveLength(1);
    expect(oneRun[0][1]).toHaveLength(200_000);
    const manyRuns = [...groupRuns(Array.from({ length: 200_000 }, (_, i) => i), (n) => Math.floor(n / 2))];
    expect(manyRuns).toHaveLength(100_000);
    expect(manyRuns[99_999]).toEqual([99_999, [199_998, 199_999]]);
  });

  it('has the type Generator<[K, T[]], void, undefined>', () => {
    expectTypeOf(groupRuns(['a'], (s) => s.length)).toEqualTypeOf<Generator<[number, string[]], void, undefined>>();
  });
});
