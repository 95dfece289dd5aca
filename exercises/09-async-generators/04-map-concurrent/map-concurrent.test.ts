import { describe, expect, expectTypeOf, it } from 'vitest';
import { mapConcurrent } from './map-concurrent';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(() => resolve(), ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/** An async fn that takes `delay(value)` ms and records how many calls overlap. */
function instrumented(delay: (value: number) => number) {
  const log = { started: 0, running: 0, most: 0 };
  async function work(value: number): Promise<string> {
    log.started += 1;
    log.running += 1;
    log.most = Math.max(log.most, log.running);
    await sleep(delay(value));
    log.running -= 1;
    return `v${value}`;
  }
  return { work, log };
}

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

/** 1, 2, …, size; records how many values were pulled and whether it was closed. */
function numbers(size: number) {
  const state = { pulled: 0, closed: false };
  async function* gen(): AsyncGenerator<number, void, undefined> {
    try {
      for (let n = 1; n <= size; n++) {
        state.pulled += 1;
        yield n;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: gen() };
}

describe('mapConcurrent', () => {
  it('yields the results in the order of the source, not the order they finish', async () => {
    const delays = [20, 1, 12, 4, 1];
    const { work } = instrumented((v) => delays[v - 1]);
    expect(await collect(mapConcurrent([1, 2, 3, 4, 5], work, 5))).toEqual(['v1', 'v2', 'v3', 'v4', 'v5']);
  });

  it('keeps up to limit calls running at once', async () => {
    const { work, log } = instrumented(() => 8);
    expect(await collect(mapConcurrent([1, 2, 3, 4, 5, 6], work, 3))).toEqual(['v1', 'v2', 'v3', 'v4', 'v5', 'v6']);
    expect(log.most).toBe(3);
  });

  it('never runs more than limit calls at once', async () => {
    const { work, log } = instrumented((v) => (v % 3) * 4 + 1);
    const { source } = numbers(9);
    expect(await collect(mapConcurrent(source, work, 2))).toHaveLength(9);
    expect(log.most).toBeLessThanOrEqual(2);
    expect(log.started).toBe(9);
  });

  it('with limit 1, runs one call at a time', async () => {
    const { work, log } = instrumented(() => 2);
    expect(await collect(mapConcurrent([1, 2, 3], work, 1))).toEqual(['v1', 'v2', 'v3']);
    expect(log.most).toBe(1);
  });

  it('slides the window: a new call starts as soon as a result is handed out (no batches)', async () => {
    const { work, log } = instrumented(() => 5);
    const limit = 2;
    const total = 6;
    const gen = mapConcurrent([1, 2, 3, 4, 5, 6], work, limit);
    for (let handedOut = 1; handedOut <= total; handedOut++) {
      expect(await gen.next()).toEqual({ value: `v${handedOut}`, done: false });
      expect(log.started).toBeGreaterThanOrEqual(Math.min(handedOut + limit - 1, total));
      expect(log.started).toBeLessThanOrEqual(handedOut + limit);
    }
    expect(await gen.next()).toEqual({ value: undefined, done: true });
  });

  it('starts nothing and pulls nothing before the first next()', async () => {
    const { work, log } = instrumented(() => 1);
    const { source, state } = numbers(5);
    const gen = mapConcurrent(source, work, 3);
    await sleep(5);
    expect(log.started).toBe(0);
    expect(state.pulled).toBe(0);
    await gen.return();
  });

  it('never pulls more than limit values ahead of what it has handed out', async () => {
    const { work } = instrumented(() => 2);
    const { source, state } = numbers(100);
    const gen = mapConcurrent(source, work, 3);
    expect((await gen.next()).value).toBe('v1');
    expect(state.pulled).toBeLessThanOrEqual(1 + 3);
    expect((await gen.next()).value).toBe('v2');
    expect(state.pulled).toBeLessThanOrEqual(2 + 3);
    await gen.return();
  });

  it('closes the source and starts nothing more when the consumer stops', async () => {
    const { work, log } = instrumented(() => 3);
    const { source, state } = numbers(100);
    for await (const result of mapConcurrent(source, work, 3)) {
      expect(result).toBe('v1');
      break;
    }
    expect(state.closed).toBe(true);
    const startedAtBreak = log.started;
    expect(startedAtBreak).toBeLessThanOrEqual(4);
    await sleep(15);
    expect(log.started).toBe(startedAtBreak);
  });

  it('works with an empty source', async () => {
    const { work, log } = instrumented(() => 1);
    expect(await collect(mapConcurrent([], work, 2))).toEqual([]);
    expect(log.started).toBe(0);
  });

  it('delivers earlier results, then rejects at the failing value', async () => {
    async function work(n: number): Promise<number> {
      await sleep(n === 2 ? 5 : 1);
      if (n === 2) throw new Error('no 2s allowed');
      return n * 10;
    }
    const gen = mapConcurrent([1, 2, 3], work, 2);
    expect(await gen.next()).toEqual({ value: 10, done: false });
    await expect(gen.next()).rejects.toThrow('no 2s allowed');
  });

  it('observes the promise of every call from the start: a failure while an older call is awaited is no unhandled rejection', async () => {
    const unobservedFailures: number[] = [];
    function work(n: number): Promise<number> {
      const promise: Watched<number> = new Watched<number>((resolve, reject) => {
        setTimeout(() => {
          if (n !== 2) return resolve(n * 10);
          if (!promise.observed) unobservedFailures.push(n);
          reject(new Error('no 2s allowed'));
        }, n === 1 ? 10 : 1);
      });
      return promise;
    }
    const gen = mapConcurrent([1, 2, 3], work, 2);
    expect(await gen.next()).toEqual({ value: 10, done: false }); // call 2 failed meanwhile
    expect(unobservedFailures).toEqual([]);
    await expect(gen.next()).rejects.toThrow('no 2s allowed');
  });

  it('copes with a later call failing while an earlier one is awaited, even if its turn never comes', async () => {
    async function work(n: number): Promise<number> {
      await sleep(n === 1 ? 10 : 1);
      if (n === 2) throw new Error('no 2s allowed');
      return n * 10;
    }
    const gen = mapConcurrent([1, 2, 3], work, 2);
    expect(await gen.next()).toEqual({ value: 10, done: false }); // call 2 failed meanwhile
    await gen.return();
    await sleep(5);
    const again = mapConcurrent([1, 2, 3], work, 2);
    expect(await again.next()).toEqual({ value: 10, done: false });
    await expect(again.next()).rejects.toThrow('no 2s allowed');
  });

  it('rejects a limit below 1 with a RangeError', async () => {
    const { work } = instrumented(() => 1);
    await expect(mapConcurrent([1], work, 0).next()).rejects.toThrow(RangeError);
  });

  it('has the right type', () => {
    expectTypeOf(mapConcurrent([1, 2], async (n) => String(n), 2)).toEqualTypeOf<AsyncGenerator<string, void, undefined>>();
    expectTypeOf(mapConcurrent(numbers(1).source, async (n) => n > 1, 2)).toEqualTypeOf<
      AsyncGenerator<boolean, void, undefined>
    >();
  });
});
