import { describe, expect, expectTypeOf, it } from 'vitest';
import { coroutine } from './coroutine';

/** Records every value it receives; yields how many it has seen. */
function* recorder(log: unknown[]): Generator<number, never, string> {
  log.push('started');
  let count = 0;
  while (true) {
    const value = yield count;
    log.push(value);
    count += 1;
  }
}

describe('coroutine', () => {
  it('delivers the very first next(value) to the generator', () => {
    const log: unknown[] = [];
    const gen = coroutine(recorder)(log);
    expect(gen.next('a')).toEqual({ value: 1, done: false });
    expect(gen.next('b')).toEqual({ value: 2, done: false });
    expect(log, 'no value may be lost').toEqual(['started', 'a', 'b']);
  });

  it('primes exactly once, when the wrapped function is called', () => {
    const log: unknown[] = [];
    const make = coroutine(recorder);
    expect(log, 'wrapping alone runs nothing').toEqual([]);
    make(log);
    expect(log, 'calling the wrapped function runs the body up to its first yield, once').toEqual(['started']);
  });

  it('passes the arguments through', () => {
    const greeter = coroutine(function* (greeting: string, times: number): Generator<string, void, string> {
      let name = yield '';
      while (true) name = yield `${greeting}, ${name}`.repeat(times);
    });
    const gen = greeter('hi', 2);
    expect(gen.next('Ada').value).toBe('hi, Adahi, Ada');
  });

  it('makes a fresh generator on every call', () => {
    const logA: unknown[] = [];
    const logB: unknown[] = [];
    const make = coroutine(recorder);
    const a = make(logA);
    const b = make(logB);
    expect(a === b, 'each call makes its own generator').toBe(false);
    a.next('x');
    expect(b.next('y').value).toBe(1);
    expect(logA).toEqual(['started', 'x']);
    expect(logB).toEqual(['started', 'y']);
  });

  it('returns the generator itself, so return() and the return value reach it', () => {
    const log: string[] = [];
    const summer = coroutine(function* (): Generator<undefined, number, number> {
      let total = 0;
      try {
        while (true) {
          const n = yield;
          if (n < 0) return total;
          total += n;
        }
      } finally {
        log.push('finally');
      }
    });
    const gen = summer();
    expect(Object.prototype.toString.call(gen)).toBe('[object Generator]');
    gen.next(5);
    expect(gen.next(-1), 'the return value comes back from the same generator').toEqual({ value: 5, done: true });
    expect(log).toEqual(['finally']);

    const other = summer();
    expect(other.return(99)).toEqual({ value: 99, done: true });
    expect(log, 'return() on a primed generator runs its finally').toEqual(['finally', 'finally']);
  });

  it('keeps the types of the arguments, T, TReturn and TNext', () => {
    const make = coroutine(recorder);
    expectTypeOf(make).toEqualTypeOf<(log: unknown[]) => Generator<number, never, string>>();
    const gen = make([]);
    const misuse = () => {
      // @ts-expect-error: recorder takes strings
      gen.next(42);
      // @ts-expect-error: the wrapped function still wants its argument
      make();
    };
    expect(misuse).toBeTypeOf('function');
  });
});
