import { describe, expect, expectTypeOf, it } from 'vitest';
import { paginate, type FetchPage } from './paginate';

/**
 * A fake paged API serving `pages` in order (cursors "p1", "p2", …) that
 * records every cursor it is asked for.
 */
function fakeApi<T>(pages: T[][]) {
  const requests: (string | null)[] = [];
  const fetchPage: FetchPage<T> = (cursor) => {
    requests.push(cursor);
    const index = cursor === null ? 0 : Number(cursor.slice(1));
    if (!(index in pages)) throw new Error(`no page for cursor ${String(cursor)}`);
    return { items: pages[index], next: index + 1 < pages.length ? `p${index + 1}` : null };
  };
  return { fetchPage, requests };
}

/** An API that never runs out: page n holds n*10 and n*10+1. Throws (rather than hang) after 1,000 requests. */
function endlessApi() {
  const requests: (string | null)[] = [];
  const fetchPage: FetchPage<number> = (cursor) => {
    requests.push(cursor);
    if (requests.length === 1_000) throw new Error('1,000 pages were requested: something is eager');
    const n = cursor === null ? 0 : Number(cursor);
    return { items: [n * 10, n * 10 + 1], next: String(n + 1) };
  };
  return { fetchPage, requests };
}

/** Pulls at most `limit` items; returns them and the final result (if reached). */
function drain<T, R>(g: Generator<T, R, undefined>, limit = 100) {
  const values: T[] = [];
  for (let i = 0; i < limit; i++) {
    const r = g.next();
    if (r.done) return { values, returned: r.value };
    values.push(r.value);
  }
  return { values, returned: undefined };
}

describe('paginate', () => {
  it('yields every item of every page, in order', () => {
    const api = fakeApi([['a', 'b'], ['c', 'd'], ['e']]);
    expect(drain(paginate(api.fetchPage)).values).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('asks for the first page with null, then follows each next cursor', () => {
    const api = fakeApi([[1], [2], [3]]);
    drain(paginate(api.fetchPage));
    expect(api.requests).toEqual([null, 'p1', 'p2']);
  });

  it('returns the number of pages requested', () => {
    expect(drain(paginate(fakeApi([[1, 2], [3]]).fetchPage)).returned).toBe(2);
    expect(drain(paginate(fakeApi([[1]]).fetchPage)).returned).toBe(1);
  });

  it('handles a single empty page: no items, one request', () => {
    const api = fakeApi<number>([[]]);
    expect(drain(paginate(api.fetchPage))).toEqual({ values: [], returned: 1 });
    expect(api.requests).toEqual([null]);
  });

  it('keeps going past empty pages in the middle', () => {
    const api = fakeApi([[1], [], [], [2]]);
    expect(drain(paginate(api.fetchPage))).toEqual({ values: [1, 2], returned: 4 });
  });

  it('makes no request before the first next()', () => {
    const api = fakeApi([[1]]);
    paginate(api.fetchPage);
    expect(api.requests, 'paginate() requested a page before next() was called').toEqual([]);
  });

  it('requests a page only when one of its items is needed', () => {
    const api = fakeApi([[1, 2], [3, 4]]);
    const g = paginate(api.fetchPage);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next()).toEqual({ value: 2, done: false });
    expect(api.requests, 'the second page was requested before its first item was needed').toEqual([null]);
    expect(g.next()).toEqual({ value: 3, done: false });
    expect(api.requests).toEqual([null, 'p1']);
  });

  it('makes no request after the last page, however often next() is called', () => {
    const api = fakeApi([[1]]);
    const g = paginate(api.fetchPage);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next()).toEqual({ value: 1, done: true });
    expect(g.next()).toEqual({ value: undefined, done: true });
    expect(api.requests).toEqual([null]);
  });

  it('stops requesting when the consumer stops', () => {
    const api = endlessApi();
    const seen: number[] = [];
    for (const item of paginate(api.fetchPage)) {
      seen.push(item);
      if (seen.length === 5) break;
    }
    expect(seen).toEqual([0, 1, 10, 11, 20]);
    expect(api.requests).toEqual([null, '1', '2']);
  });

  it('lets an error from the API reach the consumer when that page is needed', () => {
    let calls = 0;
    const fetchPage: FetchPage<number> = (cursor) => {
      calls += 1;
      if (cursor !== null) throw new Error('server unavailable');
      return { items: [1, 2], next: 'more' };
    };
    const g = paginate(fetchPage);
    expect(g.next()).toEqual({ value: 1, done: false });
    expect(g.next()).toEqual({ value: 2, done: false });
    expect(calls).toBe(1);
    expect(() => g.next()).toThrow('server unavailable');
  });

  it('keeps two paginators apart when they are read in turns', () => {
    const a = paginate(fakeApi([['a1'], ['a2']]).fetchPage);
    const b = paginate(fakeApi([['b1', 'b2']]).fetchPage);
    expect([a.next().value, b.next().value, a.next().value, b.next().value]).toEqual(['a1', 'b1', 'a2', 'b2']);
    expect(drain(a)).toEqual({ values: [], returned: 2 });
    expect(drain(b)).toEqual({ values: [], returned: 1 });
  });

  it('handles 200,000 items on 2,000 pages', () => {
    const pages = Array.from({ length: 2_000 }, (_, n) => Array.from({ length: 100 }, (_, i) => n * 100 + i));
    const { values, returned } = drain(paginate(fakeApi(pages).fetchPage), 300_000);
    expect(returned).toBe(2_000);
    expect(values).toHaveLength(200_000);
    expect(values[199_999]).toBe(199_999);
  });

  it('has the type Generator<T, number, undefined>', () => {
    interface User {
      id: number;
    }
    const users = fakeApi<User>([[{ id: 1 }]]);
    expectTypeOf(paginate(users.fetchPage)).toEqualTypeOf<Generator<User, number, undefined>>();
  });
});
