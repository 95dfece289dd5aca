import { describe, expect, expectTypeOf, it } from 'vitest';
import type { AbortSignal } from './abort';
import { users } from './client';
import { userIds } from './items';
import { type Api, type Page, type User, pages } from './pages';

/**
 * Lets everything that is ready run: a timer fires only once every pending
 * promise callback has run. The fake API answers on timers of 0 ms too, so
 * its answers come in a known order, and no test waits on the clock.
 */
const settle = () => new Promise<void>((resolve) => setTimeout(() => resolve(), 0));

/** A promise that knows whether anyone has attached a handler to it (with then, catch or await). */
class Watched<T> extends Promise<T> {
  static get [Symbol.species]() {
    return Promise;
  }
  observed = false;
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.observed = true;
    return super.then(onFulfilled, onRejected);
  }
}

/** One request the fake API received. */
interface Call {
  /** `page first`, `page c1`, `user u3`… */
  name: string;
  signal: AbortSignal;
  state: 'pending' | 'answered' | 'failed' | 'aborted';
  /** Sends the response now. */
  answer(): void;
  /** Fails the request now. */
  fail(error?: Error): void;
}

interface FakeOptions {
  /** Requests (by name) the test answers itself, with `call.answer()`; the others answer on their own. */
  hold?: (name: string) => boolean;
  /** How many timer turns a request takes to answer on its own (1 unless told). */
  turns?: (name: string) => number;
  /** Requests (by name) that fail with a 500 instead of answering. */
  failing?: string[];
}

/**
 * A directory of users `u1`, `u2`… in pages of `sizes[k]` ids (the first page's
 * cursor is null, the next ones' `c1`, `c2`…), behind a fake API that records
 * every request, how many are under way at once, which were aborted, and
 * whether a rejected promise was observed by anyone.
 */
function fakeApi(sizes: number[], options: FakeOptions = {}) {
  const directory = new Map<string, Page>();
  let n = 0;
  sizes.forEach((size, k) => {
    const ids = Array.from({ length: size }, () => `u${++n}`);
    directory.set(k === 0 ? 'first' : `c${k}`, { ids, next: k + 1 < sizes.length ? `c${k + 1}` : null });
  });

  const calls: Call[] = [];
  const stats = { inFlight: 0, mostInFlight: 0, usersInFlight: 0, mostUsersInFlight: 0, unobserved: [] as string[] };

  function request<T>(name: string, signal: AbortSignal, response: () => T): Promise<T> {
    let settleWith: (outcome: { value: T } | { error: unknown }) => void = () => {};
    const promise = new Watched<T>((resolve, reject) => {
      settleWith = (outcome) => ('value' in outcome ? resolve(outcome.value) : reject(outcome.error));
    });
    const isUser = name.startsWith('user');
    const call: Call = {
      name,
      signal,
      state: 'pending',
      answer: () => finish('answered', () => ({ value: response() })),
      fail: (error = new Error(`500 Internal Server Error: ${name}`)) => finish('failed', () => ({ error })),
    };
    calls.push(call);
    const onAbort = () => finish('aborted', () => ({ error: signal.reason }));

    function finish(state: Call['state'], outcome: () => { value: T } | { error: unknown }) {
      if (call.state !== 'pending') return;
      call.state = state;
      signal.removeEventListener('abort', onAbort);
      stats.inFlight -= 1;
      if (isUser) stats.usersInFlight -= 1;
      let result: { value: T } | { error: unknown };
      try {
        result = outcome();
      } catch (error) {
        result = { error };
      }
      if ('error' in result && !promise.observed) stats.unobserved.push(name);
      settleWith(result);
    }

    stats.inFlight += 1;
    stats.mostInFlight = Math.max(stats.mostInFlight, stats.inFlight);
    if (isUser) {
      stats.usersInFlight += 1;
      stats.mostUsersInFlight = Math.max(stats.mostUsersInFlight, stats.usersInFlight);
    }
    if (signal.aborted) {
      void Promise.resolve().then(onAbort); // like fetch: an aborted signal fails the request at once
    } else {
      signal.addEventListener('abort', onAbort);
      if (!options.hold?.(name)) {
        // The server answers after everything the client can do at once: `turns` timer turns later.
        const answerIn = (turns: number): unknown =>
          setTimeout(() => {
            if (turns > 1) return answerIn(turns - 1);
            if (options.failing?.includes(name)) call.fail();
            else call.answer();
          }, 0);
        answerIn(options.turns?.(name) ?? 1);
      }
    }
    return promise;
  }

  const api: Api = {
    listUsers(cursor, signal) {
      const key = cursor ?? 'first';
      return request(`page ${key}`, signal, () => {
        const page = directory.get(key);
        if (!page) throw new Error(`404 Not Found: page ${key}`);
        return { ids: [...page.ids], next: page.next };
      });
    },
    getUser(id, signal) {
      return request(`user ${id}`, signal, (): User => {
        if (!/^u\d+$/.test(id) || Number(id.slice(1)) > n) throw new Error(`404 Not Found: user ${id}`);
        return { id, name: `User ${id.slice(1)}` };
      });
    },
  };

  return {
    api,
    stats,
    calls,
    /** The names of every request so far, in the order they were made. */
    requested: () => calls.map((c) => c.name),
    /** The names of the requests still under way. */
    pending: () => calls.filter((c) => c.state === 'pending').map((c) => c.name),
    aborted: () => calls.filter((c) => c.state === 'aborted').map((c) => c.name),
    /** The request called `name` (the first, if there were several). */
    call: (name: string) => {
      const call = calls.find((c) => c.name === name);
      if (!call) throw new Error(`no request "${name}" was made; requests so far: ${calls.map((c) => c.name).join(', ') || 'none'}`);
      return call;
    },
  };
}

/** A caller's signal, with a count of the listeners it holds. */
function callerSignal() {
  const listeners = new Set<() => void>();
  const state = { aborted: false, reason: undefined as unknown };
  const signal: AbortSignal = {
    get aborted() {
      return state.aborted;
    },
    get reason() {
      return state.reason;
    },
    addEventListener(_type, listener) {
      if (!state.aborted) listeners.add(listener);
    },
    removeEventListener(_type, listener) {
      listeners.delete(listener);
    },
    throwIfAborted() {
      if (state.aborted) throw state.reason;
    },
  };
  return {
    signal,
    listeners: () => listeners.size,
    abort(reason: unknown) {
      if (state.aborted) return;
      Object.assign(state, { aborted: true, reason });
      const all = [...listeners];
      listeners.clear();
      for (const listener of all) listener();
    },
  };
}

/** Records how a promise ends, without waiting for it: a test can look after `settle()`, and a promise that never ends cannot hang it. */
function watch<T>(promise: Promise<T>) {
  const seen: { state: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = { state: 'pending' };
  promise.then(
    (value) => Object.assign(seen, { state: 'resolved', value }),
    (error) => Object.assign(seen, { state: 'rejected', error }),
  );
  return seen;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

const user = (k: number): User => ({ id: `u${k}`, name: `User ${k}` });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('pages', () => {
  it('yields every page in order: first the cursor null, then each next', async () => {
    const { api, requested } = fakeApi([2, 3, 1]);
    const all = await collect(pages(api, callerSignal().signal));
    expect(all).toEqual([
      { ids: ['u1', 'u2'], next: 'c1' },
      { ids: ['u3', 'u4', 'u5'], next: 'c2' },
      { ids: ['u6'], next: null },
    ]);
    expect(requested()).toEqual(['page first', 'page c1', 'page c2']);
  });

  it('requests nothing before the first next(), then the first page only', async () => {
    const { api, requested } = fakeApi([2, 2]);
    const gen = pages(api, callerSignal().signal);
    await settle();
    expect(requested()).toEqual([]);
    expect((await gen.next()).value).toEqual({ ids: ['u1', 'u2'], next: 'c1' });
    expect(requested()).toEqual(['page first']);
  });

  it('requests the next page only when it is pulled', async () => {
    const { api, requested } = fakeApi([2, 2, 2]);
    const gen = pages(api, callerSignal().signal);
    await gen.next();
    await settle();
    expect(requested()).toEqual(['page first']);
    await gen.next();
    await settle();
    expect(requested()).toEqual(['page first', 'page c1']);
    await gen.return();
  });

  it('has one request under way at a time, even when next() is called many times at once', async () => {
    const { api, stats } = fakeApi([1, 1, 1, 1]);
    const gen = pages(api, callerSignal().signal);
    const results = await Promise.all([gen.next(), gen.next(), gen.next(), gen.next(), gen.next()]);
    expect(results.map((r) => r.value?.ids)).toEqual([['u1'], ['u2'], ['u3'], ['u4'], undefined]);
    expect(stats.mostInFlight).toBe(1);
  });

  it('hands its signal to every request', async () => {
    const { api, calls } = fakeApi([1, 1, 1]);
    const { signal } = callerSignal();
    await collect(pages(api, signal));
    expect(calls.map((c) => c.signal === signal)).toEqual([true, true, true]);
  });

  it('makes one request when the consumer breaks after the first page', async () => {
    const { api, requested } = fakeApi([2, 2, 2]);
    for await (const page of pages(api, callerSignal().signal)) {
      expect(page.ids).toEqual(['u1', 'u2']);
      break;
    }
    await settle();
    expect(requested()).toEqual(['page first']);
  });

  it('delivers the pages it has, then rejects with the error of the request that failed', async () => {
    const { api } = fakeApi([1, 1, 1], { failing: ['page c1'] });
    const gen = pages(api, callerSignal().signal);
    expect((await gen.next()).value?.ids).toEqual(['u1']);
    await expect(gen.next()).rejects.toThrow('500 Internal Server Error: page c1');
  });
});

describe('ids', () => {
  it('yields every id of every page, in order, across empty pages', async () => {
    const { api, requested } = fakeApi([2, 0, 3, 0]);
    expect(await collect(userIds(api, callerSignal().signal))).toEqual(['u1', 'u2', 'u3', 'u4', 'u5']);
    expect(requested()).toEqual(['page first', 'page c1', 'page c2', 'page c3']);
  });

  it('requests a page only when its first id is needed', async () => {
    const { api, requested } = fakeApi([3, 3]);
    const gen = userIds(api, callerSignal().signal);
    for (const id of ['u1', 'u2', 'u3']) expect((await gen.next()).value).toBe(id);
    await settle();
    expect(requested()).toEqual(['page first']);
    expect((await gen.next()).value).toBe('u4');
    expect(requested()).toEqual(['page first', 'page c1']);
    await gen.return();
  });

  it('makes no request after the consumer breaks', async () => {
    const { api, requested } = fakeApi([3, 3]);
    for await (const id of userIds(api, callerSignal().signal)) if (id === 'u3') break;
    await settle();
    expect(requested()).toEqual(['page first']);
  });

  it('aborting while a page is under way aborts that request: the pull rejects with the reason, nothing more is requested', async () => {
    const { api, requested, aborted } = fakeApi([2, 2], { hold: (name) => name === 'page first' });
    const caller = callerSignal();
    const gen = userIds(api, caller.signal);
    const first = watch(gen.next());
    await settle();
    expect(requested()).toEqual(['page first']);
    const reason = new Error('the user left the page');
    caller.abort(reason);
    await settle();
    expect(aborted(), 'requests aborted').toEqual(['page first']);
    expect(first, 'the pull under way when the signal was aborted').toEqual({ state: 'rejected', error: reason });
    expect(await gen.next()).toEqual({ value: undefined, done: true });
    expect(requested()).toEqual(['page first']);
  });

  it('once aborted between pulls, hands out no more of the page it holds: the next pull rejects with the reason', async () => {
    const { api, requested } = fakeApi([3, 3]);
    const caller = callerSignal();
    const gen = userIds(api, caller.signal);
    expect((await gen.next()).value).toBe('u1');
    const reason = new Error('cancelled');
    caller.abort(reason);
    const second = watch(gen.next());
    await settle();
    expect(second, 'the pull after the abort').toEqual({ state: 'rejected', error: reason });
    expect(requested()).toEqual(['page first']);
  });
});

describe('in order', () => {
  it('yields every user in the order of the ids, though the details arrive in another order', async () => {
    // user k answers after (k * 7) % 5 + 1 turns: u3 before u1, u5 before u4…
    const { api, stats } = fakeApi([3, 2, 3], { turns: (name) => (name.startsWith('user') ? ((Number(name.slice(6)) * 7) % 5) + 1 : 1) });
    expect(await collect(users(api, 3))).toEqual(range(1, 8).map(user));
    expect(stats.mostUsersInFlight).toBe(3);
  });

  it('has limit requests under way at once, never more, page requests included', async () => {
    const { api, stats } = fakeApi([4, 4, 4]);
    expect(await collect(users(api, 3))).toHaveLength(12);
    expect(stats.mostUsersInFlight).toBe(3);
    expect(stats.mostInFlight).toBe(3);
  });

  it('with limit 1, requests one user at a time, each after the one before has answered', async () => {
    const { api, stats, requested } = fakeApi([2, 1]);
    expect(await collect(users(api, 1))).toEqual(range(1, 3).map(user));
    expect(stats.mostInFlight).toBe(1);
    expect(requested()).toEqual(['page first', 'user u1', 'user u2', 'page c1', 'user u3']);
  });

  it('slides: a new request starts as soon as a result is handed out, not when a whole batch is done', async () => {
    const { api, call, requested } = fakeApi([6], { hold: (name) => name.startsWith('user') });
    const limit = 3;
    const gen = users(api, limit);
    const first = watch(gen.next());
    await settle();
    expect(requested()).toEqual(['page first', 'user u1', 'user u2', 'user u3']);
    call('user u2').answer();
    call('user u3').answer();
    await settle();
    expect(first.state).toBe('pending'); // u1 comes first, whatever answers first
    call('user u1').answer();
    await settle();
    expect(first).toEqual({ state: 'resolved', value: { value: user(1), done: false } });
    const startedAfter = (handedOut: number) => requested().filter((name) => name.startsWith('user')).length - handedOut;
    expect(startedAfter(1)).toBeLessThanOrEqual(limit);
    // u2 is ready: handing it out must not wait for another batch
    expect(await gen.next()).toEqual({ value: user(2), done: false });
    expect(requested()).toContain('user u4');
    expect(startedAfter(2)).toBeGreaterThanOrEqual(limit - 1);
    expect(startedAfter(2)).toBeLessThanOrEqual(limit);
    await gen.return();
  });

  it('pulls ids only as it needs them: a page is requested when the requests reach it, not before', async () => {
    const { api, requested } = fakeApi([2, 2, 2, 2, 2]);
    const gen = users(api, 2);
    expect((await gen.next()).value).toEqual(user(1));
    await settle();
    // 1 handed out + 2 under way = at most 3 ids pulled: 2 pages at most, not all 5
    expect(requested().filter((name) => name.startsWith('page')).length).toBeLessThanOrEqual(2);
    expect((await gen.next()).value).toEqual(user(2));
    await settle();
    expect(requested().filter((name) => name.startsWith('page')).length).toBeLessThanOrEqual(2);
    await gen.return();
  });

  it('delivers the users before a failed request, then rejects with its error', async () => {
    const { api } = fakeApi([5], { failing: ['user u3'] });
    const got: User[] = [];
    const gen = users(api, 2);
    await expect(
      (async () => {
        for await (const u of gen) got.push(u);
      })(),
    ).rejects.toThrow('500 Internal Server Error: user u3');
    expect(got).toEqual([user(1), user(2)]);
  });

  it('a request that fails while an older one is awaited is observed from the start: no unhandled rejection', async () => {
    const { api, call, stats } = fakeApi([3], { hold: (name) => name.startsWith('user') });
    const gen = users(api, 3);
    const first = watch(gen.next());
    await settle();
    call('user u2').fail();
    call('user u1').answer();
    await settle();
    expect(first, 'the first pull, once u1 has answered').toEqual({ state: 'resolved', value: { value: user(1), done: false } });
    expect(stats.unobserved, 'requests that failed before anything handled their promise').toEqual([]);
    await expect(gen.next()).rejects.toThrow('500 Internal Server Error: user u2');
  });

  it('rejects a limit below 1 with a RangeError, requesting nothing', async () => {
    const { api, requested } = fakeApi([2]);
    await expect(users(api, 0).next()).rejects.toThrow(RangeError);
    expect(requested()).toEqual([]);
  });

  it('has the right types', () => {
    const { api } = fakeApi([1]);
    expectTypeOf(users(api, 2)).toEqualTypeOf<AsyncGenerator<User, void, undefined>>();
    expectTypeOf(userIds(api, callerSignal().signal)).toEqualTypeOf<AsyncGenerator<string, void, undefined>>();
    expectTypeOf(pages(api, callerSignal().signal)).toEqualTypeOf<AsyncGenerator<Page, void, undefined>>();
  });
});

describe('cancel', () => {
  it('when the consumer breaks, the requests still under way are aborted and no new one starts', async () => {
    const { api, call, aborted, pending, requested, stats } = fakeApi([6], { hold: (name) => name.startsWith('user') });
    const gen = users(api, 3);
    const first = watch(gen.next());
    await settle();
    call('user u1').answer();
    await settle();
    expect(first, 'the first pull, once u1 has answered').toEqual({ state: 'resolved', value: { value: user(1), done: false } });
    await gen.return(); // what a for await loop does on break
    expect(aborted(), 'requests aborted').toEqual(['user u2', 'user u3']);
    expect(pending(), 'requests still under way').toEqual([]);
    await settle();
    expect(requested()).toEqual(['page first', 'user u1', 'user u2', 'user u3']);
    expect(stats.unobserved, 'requests that failed before anything handled their promise').toEqual([]);
  });

  it('when the caller aborts while the consumer waits, the pull rejects with the reason and every request under way is aborted', async () => {
    const { api, aborted, pending, requested, stats } = fakeApi([6], { hold: (name) => name.startsWith('user') });
    const caller = callerSignal();
    const gen = users(api, 3, caller.signal);
    const first = watch(gen.next());
    await settle();
    const reason = new Error('the user left the page');
    caller.abort(reason);
    await settle();
    expect(first, 'the pull under way when the signal was aborted').toEqual({ state: 'rejected', error: reason });
    expect(aborted(), 'requests aborted').toEqual(['user u1', 'user u2', 'user u3']);
    expect(pending(), 'requests still under way').toEqual([]);
    expect(requested()).toHaveLength(4);
    expect(stats.unobserved, 'requests that failed before anything handled their promise').toEqual([]);
  });

  it('when the caller aborts between pulls, the next pull rejects with the reason and nothing more is requested', async () => {
    const { api, pending, requested } = fakeApi([3, 3]);
    const caller = callerSignal();
    const gen = users(api, 2, caller.signal);
    expect((await gen.next()).value).toEqual(user(1));
    await settle();
    const before = requested();
    const reason = new Error('cancelled');
    caller.abort(reason);
    const next = watch(gen.next());
    await settle();
    expect(next, 'the pull after the abort').toEqual({ state: 'rejected', error: reason });
    expect(requested()).toEqual(before);
    expect(pending(), 'requests still under way').toEqual([]);
  });

  it('with a signal aborted already, the first pull rejects with its reason and no user is requested', async () => {
    const { api, requested } = fakeApi([3]);
    const caller = callerSignal();
    const reason = new Error('too late');
    caller.abort(reason);
    const first = watch(users(api, 2, caller.signal).next());
    await settle();
    expect(first, 'the pull under way when the signal was aborted').toEqual({ state: 'rejected', error: reason });
    expect(requested().filter((name) => name.startsWith('user'))).toEqual([]);
  });

  it('a failed request aborts the others still under way', async () => {
    const { api, call, aborted, pending, stats } = fakeApi([6], { hold: (name) => name.startsWith('user') });
    const gen = users(api, 3);
    const first = watch(gen.next());
    await settle();
    call('user u1').fail();
    await settle();
    expect(first.state).toBe('rejected');
    expect(aborted(), 'requests aborted').toEqual(['user u2', 'user u3']);
    expect(pending(), 'requests still under way').toEqual([]);
    expect(stats.unobserved, 'requests that failed before anything handled their promise').toEqual([]);
  });

  it('stops listening to the caller’s signal however it ends: run to the end, stopped early, or failed', async () => {
    const ran = callerSignal();
    const full = fakeApi([2, 2]);
    const gen = users(full.api, 2, ran.signal);
    await gen.next();
    expect(ran.listeners()).toBeLessThanOrEqual(1);
    await collect(gen);
    expect(ran.listeners(), 'listeners left on the signal after a full run').toBe(0);
    expect(full.aborted(), 'requests aborted in a full run').toEqual([]);

    const stopped = callerSignal();
    for await (const u of users(fakeApi([4]).api, 2, stopped.signal)) if (u.id === 'u1') break;
    expect(stopped.listeners(), 'listeners left on the signal after a break').toBe(0);

    const failed = callerSignal();
    await expect(collect(users(fakeApi([4], { failing: ['user u2'] }).api, 2, failed.signal))).rejects.toThrow('500');
    expect(failed.listeners(), 'listeners left on the signal after a failed request').toBe(0);
  });
});
