import { describe, expect, expectTypeOf, it } from 'vitest';
import { transaction, type Database } from './transaction';

/** A database that logs every call, in order (into `log`, which several databases may share). */
function fakeDb(name = 'db', log: string[] = []) {
  const db: Database = {
    begin: () => log.push(`${name} begin`),
    commit: () => log.push(`${name} commit`),
    rollback: () => log.push(`${name} rollback`),
  };
  return { db, log };
}

/** Runs body with what the manager yields, as Python's with statement runs a @contextmanager. */
function runWith<R, T>(manager: Generator<R, void, undefined>, body: (resource: R) => T): T | undefined {
  const entered = manager.next();
  if (entered.done) throw new Error("generator didn't yield");
  let result: T;
  try {
    result = body(entered.value);
  } catch (error) {
    if (!manager.throw(error).done) throw new Error("generator didn't stop after throw()");
    return undefined; // the generator swallowed the error
  }
  if (!manager.next().done) throw new Error("generator didn't stop");
  return result;
}

describe('transaction', () => {
  it('begins on the first next(), not when it is created, and yields the database', () => {
    const { db, log } = fakeDb();
    const tx = transaction(db);
    expect(log, 'creating the generator must not begin').toEqual([]);
    expect(tx.next()).toEqual({ value: db, done: false });
    expect(log).toEqual(['db begin']);
  });

  it('commits when resumed with next(), and then finishes', () => {
    const { db, log } = fakeDb();
    const tx = transaction(db);
    tx.next();
    log.push('work');
    expect(tx.next()).toEqual({ value: undefined, done: true });
    expect(log).toEqual(['db begin', 'work', 'db commit']);
  });

  it('rolls back when an error is thrown in, and lets the same error out', () => {
    const { db, log } = fakeDb();
    const tx = transaction(db);
    tx.next();
    const failure = new Error('constraint failed');
    let thrown: unknown;
    try {
      tx.throw(failure);
    } catch (error) {
      thrown = error;
    }
    expect(thrown, 'the error thrown in must come back out, unchanged').toBe(failure);
    expect(log).toEqual(['db begin', 'db rollback']);
    expect(tx.next()).toEqual({ value: undefined, done: true });
    expect(log, 'nothing more after it finished').toEqual(['db begin', 'db rollback']);
  });

  it('rolls back on return(), when the work was abandoned', () => {
    const { db, log } = fakeDb();
    const tx = transaction(db);
    tx.next();
    expect(tx.return()).toEqual({ value: undefined, done: true });
    tx.return();
    expect(log).toEqual(['db begin', 'db rollback']);
  });

  it('works with runWith: commits after a body that finishes', () => {
    const { db, log } = fakeDb();
    const result = runWith(transaction(db), (tx) => {
      log.push(tx === db ? 'insert' : 'insert into the wrong database');
      return 42;
    });
    expect(result).toBe(42);
    expect(log).toEqual(['db begin', 'insert', 'db commit']);
  });

  it('works with runWith: rolls back after a body that throws, and does not swallow the error', () => {
    const { db, log } = fakeDb();
    expect(() =>
      runWith(transaction(db), () => {
        log.push('insert');
        throw new Error('constraint failed');
      }),
    ).toThrow('constraint failed');
    expect(log).toEqual(['db begin', 'insert', 'db rollback']);
  });

  it('works with for…of: commits when the body finishes', () => {
    const { db, log } = fakeDb();
    for (const tx of transaction(db)) {
      expect(tx).toBe(db);
      log.push('insert');
    }
    expect(log).toEqual(['db begin', 'insert', 'db commit']);
  });

  it('works with for…of: rolls back on break, and when the body throws', () => {
    const first = fakeDb();
    for (const tx of transaction(first.db)) {
      first.log.push('insert');
      if (tx) break;
    }
    expect(first.log).toEqual(['db begin', 'insert', 'db rollback']);

    const second = fakeDb();
    expect(() => {
      for (const _ of transaction(second.db)) throw new Error('oops');
    }).toThrow('oops');
    expect(second.log).toEqual(['db begin', 'db rollback']);
  });

  it('begins and ends nothing when closed or thrown into before it starts', () => {
    const { db, log } = fakeDb();
    transaction(db).return();
    expect(() => transaction(db).throw(new Error('too early'))).toThrow('too early');
    expect(log).toEqual([]);
  });

  it('keeps two transactions apart, nested or interleaved', () => {
    const log: string[] = [];
    const a = fakeDb('a', log);
    const b = fakeDb('b', log);
    expect(() =>
      runWith(transaction(a.db), () => {
        runWith(transaction(b.db), () => {
          throw new Error('inner failed');
        });
      }),
    ).toThrow('inner failed');
    expect(log).toEqual(['a begin', 'b begin', 'b rollback', 'a rollback']);

    const c = fakeDb('c');
    const d = fakeDb('d');
    const tc = transaction(c.db);
    const td = transaction(d.db);
    tc.next();
    td.next();
    td.next();
    tc.return();
    expect(c.log).toEqual(['c begin', 'c rollback']);
    expect(d.log).toEqual(['d begin', 'd commit']);
  });

  it('has the type Generator<Database, void, undefined>', () => {
    expectTypeOf(transaction).returns.toEqualTypeOf<Generator<Database, void, undefined>>();
  });
});
