import { describe, expect, expectTypeOf, it } from 'vitest';
import { withResource } from './with-resource';

interface Conn {
  id: number;
}

/** Acquire and release functions that log what they do, in order. */
function tracker() {
  const log: string[] = [];
  let next = 1;
  const acquire = (): Conn => {
    const conn = { id: next++ };
    log.push(`acquire ${conn.id}`);
    return conn;
  };
  const release = (conn: Conn) => {
    log.push(`release ${conn.id}`);
  };
  const count = (what: string) => log.filter((entry) => entry.startsWith(what)).length;
  return { log, acquire, release, count };
}

/** Yields two rows, then returns how many it yielded; logs its own cleanup. */
function rows(log: string[]) {
  return function* (conn: Conn): Generator<string, number, undefined> {
    try {
      yield `row 1 from ${conn.id}`;
      yield `row 2 from ${conn.id}`;
      return 2;
    } finally {
      log.push('use finally');
    }
  };
}

describe('withResource', () => {
  it('passes the values through and returns what use() returns', () => {
    const t = tracker();
    const gen = withResource(t.acquire, rows(t.log), t.release);
    expect(gen.next()).toEqual({ value: 'row 1 from 1', done: false });
    expect(gen.next()).toEqual({ value: 'row 2 from 1', done: false });
    expect(gen.next(), 'the return value of use() is the return value of the whole').toEqual({ value: 2, done: true });
    expect(t.log).toEqual(['acquire 1', 'use finally', 'release 1']);
  });

  it('acquires on the first next(), not when created', () => {
    const t = tracker();
    const gen = withResource(t.acquire, rows(t.log), t.release);
    expect(t.log).toEqual([]);
    gen.next();
    expect(t.log).toEqual(['acquire 1']);
  });

  it('passes every next(value) through to use()', () => {
    const t = tracker();
    const received: string[] = [];
    function* echo(conn: Conn): Generator<string, string, string> {
      let input = yield `ready ${conn.id}`;
      while (input !== 'bye') {
        received.push(input);
        input = yield input.toUpperCase();
      }
      return 'closed by client';
    }
    const gen = withResource(t.acquire, echo, t.release);
    expect(gen.next()).toEqual({ value: 'ready 1', done: false });
    expect(gen.next('hello')).toEqual({ value: 'HELLO', done: false });
    expect(gen.next('again')).toEqual({ value: 'AGAIN', done: false });
    expect(received, 'sent values must reach use()').toEqual(['hello', 'again']);
    expect(gen.next('bye')).toEqual({ value: 'closed by client', done: true });
    expect(t.count('release')).toBe(1);
  });

  it('delivers throw() inside use(), which may catch it and carry on', () => {
    const t = tracker();
    function* resilient(): Generator<string, void, undefined> {
      try {
        yield 'working';
      } catch (error) {
        yield `recovered from ${(error as Error).message}`;
      }
    }
    const gen = withResource(t.acquire, resilient, t.release);
    gen.next();
    expect(gen.throw(new Error('hiccup'))).toEqual({ value: 'recovered from hiccup', done: false });
    expect(t.count('release'), 'still in use').toBe(0);
    expect(gen.next()).toEqual({ value: undefined, done: true });
    expect(t.count('release')).toBe(1);
  });

  it('lets an uncaught error out and releases once, after use() cleaned up', () => {
    const t = tracker();
    const gen = withResource(t.acquire, rows(t.log), t.release);
    gen.next();
    expect(() => gen.throw(new Error('boom'))).toThrow('boom');
    expect(t.log).toEqual(['acquire 1', 'use finally', 'release 1']);
    expect(gen.next()).toEqual({ value: undefined, done: true });
    expect(t.count('release')).toBe(1);
  });

  it('releases once, after use() cleaned up, when a for…of loop breaks', () => {
    const t = tracker();
    for (const row of withResource(t.acquire, rows(t.log), t.release)) {
      t.log.push(row);
      break;
    }
    t.log.push('after loop');
    expect(t.log).toEqual(['acquire 1', 'row 1 from 1', 'use finally', 'release 1', 'after loop']);
  });

  it('forwards return(value) to use() and releases once', () => {
    const t = tracker();
    const gen = withResource(t.acquire, rows(t.log), t.release);
    gen.next();
    expect(gen.return(7)).toEqual({ value: 7, done: true });
    expect(gen.return(8)).toEqual({ value: 8, done: true });
    expect(t.log).toEqual(['acquire 1', 'use finally', 'release 1']);
  });

  it('acquires and releases nothing if closed before it starts', () => {
    const t = tracker();
    const gen = withResource(t.acquire, rows(t.log), t.release);
    expect(gen.return(0)).toEqual({ value: 0, done: true });
    expect(gen.next()).toEqual({ value: undefined, done: true });
    expect(t.log).toEqual([]);
  });

  it('releases nothing when acquire() fails', () => {
    const t = tracker();
    const gen = withResource(
      (): Conn => {
        throw new Error('no connection');
      },
      rows(t.log),
      t.release,
    );
    expect(() => gen.next()).toThrow('no connection');
    expect(t.log).toEqual([]);
  });

  it('releases once when use() itself fails', () => {
    const t = tracker();
    const failing = (conn: Conn): Generator<string, number, undefined> => {
      throw new Error(`bad query on ${conn.id}`);
    };
    const gen = withResource(t.acquire, failing, t.release);
    expect(() => gen.next()).toThrow('bad query on 1');
    expect(t.log).toEqual(['acquire 1', 'release 1']);
  });

  it('gives each generator its own resource', () => {
    const t = tracker();
    const a = withResource(t.acquire, rows(t.log), t.release);
    const b = withResource(t.acquire, rows(t.log), t.release);
    expect(b.next().value).toBe('row 1 from 1');
    expect(a.next().value).toBe('row 1 from 2');
    expect([...a, ...b]).toEqual(['row 2 from 2', 'row 2 from 1']);
    expect(t.count('release')).toBe(2);
  });

  it('keeps the types of use()', () => {
    const t = tracker();
    function* query(conn: Conn): Generator<string, boolean, number> {
      const n = yield String(conn.id);
      return n > 0;
    }
    const gen = withResource(t.acquire, query, t.release);
    expectTypeOf(gen).toEqualTypeOf<Generator<string, boolean, number>>();
    const misuse = () => {
      // @ts-expect-error: query takes numbers
      gen.next('1');
      // @ts-expect-error: release must accept what acquire returns
      withResource(t.acquire, query, (s: string) => s.length);
    };
    expect(misuse).toBeTypeOf('function');
  });
});
