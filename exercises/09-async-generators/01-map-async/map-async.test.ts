import { describe, expect, expectTypeOf, it } from 'vitest';
import { mapAsync } from './map-async';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(() => resolve(), ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

async function* letters(): AsyncGenerator<string, void, undefined> {
  yield 'a';
  await sleep(2);
  yield 'b';
  yield 'c';
}

describe('mapAsync', () => {
  it('maps a plain iterable with a plain function', async () => {
    expect(await collect(mapAsync([1, 2, 3], (n) => n * 10))).toEqual([10, 20, 30]);
  });

  it('maps an async iterable', async () => {
    expect(await collect(mapAsync(letters(), (s) => s.toUpperCase()))).toEqual(['A', 'B', 'C']);
  });

  it('yields the results of an async function, not promises', async () => {
    const results = await collect(mapAsync([1, 2], async (n) => {
      await sleep(1);
      return `#${n}`;
    }));
    expect(results).toEqual(['#1', '#2']);
  });

  it('passes the index as the second argument', async () => {
    expect(await collect(mapAsync(letters(), (s, i) => `${i}:${s}`))).toEqual(['0:a', '1:b', '2:c']);
  });

  it('keeps the order even when a later call finishes first', async () => {
    const delays = [15, 1, 5];
    const results = await collect(mapAsync([0, 1, 2], async (i) => {
      await sleep(delays[i]);
      return i;
    }));
    expect(results).toEqual([0, 1, 2]);
  });

  it('yields nothing for an empty source', async () => {
    expect(await collect(mapAsync([], (n: number) => n))).toEqual([]);
  });

  it('does not call fn before the first next(), then calls it once per next()', async () => {
    let calls = 0;
    const gen = mapAsync([1, 2, 3], (n) => {
      calls += 1;
      return n;
    });
    expect(calls).toBe(0);
    expect(await gen.next()).toEqual({ value: 1, done: false });
    expect(calls).toBe(1);
    expect(await gen.next()).toEqual({ value: 2, done: false });
    expect(calls).toBe(2);
  });

  it('reads the source one value per result', async () => {
    const pulled: number[] = [];
    async function* numbers() {
      for (let n = 1; n <= 5; n++) {
        pulled.push(n);
        yield n;
      }
    }
    const gen = mapAsync(numbers(), (n) => n * n);
    expect(await gen.next()).toEqual({ value: 1, done: false });
    expect(await gen.next()).toEqual({ value: 4, done: false });
    expect(pulled).toEqual([1, 2]);
    await gen.return();
  });

  it('never has two calls of fn running at once', async () => {
    let running = 0;
    let most = 0;
    const results = await collect(mapAsync([1, 2, 3, 4], async (n) => {
      running += 1;
      most = Math.max(most, running);
      await sleep(2);
      running -= 1;
      return n;
    }));
    expect(results).toEqual([1, 2, 3, 4]);
    expect(most).toBe(1);
  });

  it('finishes with done: true and no value', async () => {
    const gen = mapAsync(['x'], (s) => s);
    expect(await gen.next()).toEqual({ value: 'x', done: false });
    expect(await gen.next()).toEqual({ value: undefined, done: true });
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source() {
      try {
        yield 1;
        yield 2;
        yield 3;
      } finally {
        closed = true;
      }
    }
    for await (const value of mapAsync(source(), (n) => n)) {
      expect(value).toBe(1);
      break;
    }
    expect(closed).toBe(true);
  });

  it('has the right types', () => {
    expectTypeOf(mapAsync([1, 2], async (n) => String(n))).toEqualTypeOf<AsyncGenerator<string, void, undefined>>();
    expectTypeOf(mapAsync(letters(), (s, i) => ({ s, i }))).toEqualTypeOf<
      AsyncGenerator<{ s: string; i: number }, void, undefined>
    >();
    // @ts-expect-error fn receives the source's element type
    mapAsync(['a'], (n: number) => n);
  });
});
