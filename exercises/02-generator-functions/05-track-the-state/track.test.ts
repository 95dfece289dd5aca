import { describe, expect, expectTypeOf, it } from 'vitest';
import { track, type GeneratorState, type TrackedGenerator } from './track';

describe('track', () => {
  it('starts suspended at the start, without running the body', () => {
    const log: string[] = [];
    function* body(): Generator<number, void, undefined> {
      log.push('body ran');
      yield 1;
    }
    const tracked = track(body());
    expect(tracked.state).toBe('suspended-start');
    expect(log).toEqual([]);
  });

  it('is suspended at a yield after a next() that yields, and passes the result through', () => {
    function* body(): Generator<string, void, undefined> {
      yield 'a';
      yield 'b';
    }
    const tracked = track(body());
    expect(tracked.next()).toEqual({ value: 'a', done: false });
    expect(tracked.state).toBe('suspended-yield');
    expect(tracked.next()).toEqual({ value: 'b', done: false });
    expect(tracked.state).toBe('suspended-yield');
  });

  it('is running while the body executes', () => {
    const seen: GeneratorState[] = [];
    function* body(): Generator<number, void, undefined> {
      seen.push(tracked.state);
      yield 1;
      seen.push(tracked.state);
    }
    const tracked = track(body());
    tracked.next();
    tracked.next();
    expect(seen).toEqual(['running', 'running']);
  });

  it('is completed after the body returns, and passes the return value through', () => {
    function* body(): Generator<number, string, undefined> {
      yield 1;
      return 'bye';
    }
    const tracked = track(body());
    tracked.next();
    expect(tracked.next()).toEqual({ value: 'bye', done: true });
    expect(tracked.state).toBe('completed');
  });

  it('goes straight from start to completed when the body never yields', () => {
    function* body(): Generator<number, number, undefined> {
      return 7;
    }
    const tracked = track(body());
    expect(tracked.next()).toEqual({ value: 7, done: true });
    expect(tracked.state).toBe('completed');
  });

  it('decides by done, not by value: yielding undefined is still suspended at a yield', () => {
    function* body(): Generator<undefined, void, undefined> {
      yield undefined;
    }
    const tracked = track(body());
    expect(tracked.next()).toEqual({ value: undefined, done: false });
    expect(tracked.state).toBe('suspended-yield');
  });

  it('stays completed, answering { value: undefined, done: true }', () => {
    function* body(): Generator<number, string, undefined> {
      return 'once';
    }
    const tracked = track(body());
    tracked.next();
    expect(tracked.next()).toEqual({ value: undefined, done: true });
    expect(tracked.state).toBe('completed');
  });

  it('is completed after the body throws, and lets the exception through', () => {
    function* body(): Generator<number, void, undefined> {
      yield 1;
      throw new Error('broken');
    }
    const tracked = track(body());
    tracked.next();
    expect(() => tracked.next()).toThrow('broken');
    expect(tracked.state).toBe('completed');
    expect(tracked.next()).toEqual({ value: undefined, done: true });
  });

  it('resumes the generator exactly once per next()', () => {
    let resumed = 0;
    function* body(): Generator<number, void, undefined> {
      resumed += 1;
      yield 1;
      resumed += 1;
      yield 2;
    }
    const tracked = track(body());
    tracked.next();
    expect(resumed).toBe(1);
    tracked.next();
    expect(resumed).toBe(2);
  });

  it('is iterable: for…of sees suspended-yield in the loop body, completed afterwards', () => {
    function* body(): Generator<number, void, undefined> {
      yield 1;
      yield 2;
    }
    const tracked = track(body());
    expect(tracked[Symbol.iterator]()).toBe(tracked);
    const seen: [number, GeneratorState][] = [];
    for (const n of tracked) seen.push([n, tracked.state]);
    expect(seen).toEqual([
      [1, 'suspended-yield'],
      [2, 'suspended-yield'],
    ]);
    expect(tracked.state).toBe('completed');
  });

  it('keeps the state of each tracked generator separate', () => {
    function* body(): Generator<number, void, undefined> {
      yield 1;
    }
    const a = track(body());
    const b = track(body());
    a.next();
    expect([a.state, b.state]).toEqual(['suspended-yield', 'suspended-start']);
    b.next();
    a.next();
    expect([a.state, b.state]).toEqual(['completed', 'suspended-yield']);
  });

  it('has the declared types', () => {
    function* body(): Generator<number, string, undefined> {
      yield 1;
      return 'done';
    }
    expectTypeOf(track(body())).toEqualTypeOf<TrackedGenerator<number, string>>();
    expectTypeOf(track(body()).next()).toEqualTypeOf<IteratorResult<number, string>>();
    expectTypeOf(track(body()).state).toEqualTypeOf<GeneratorState>();
  });
});
