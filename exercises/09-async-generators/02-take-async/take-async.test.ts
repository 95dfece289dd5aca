import { describe, expect, expectTypeOf, it } from 'vitest';
import { takeAsync } from './take-async';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(() => resolve(), ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of source) items.push(item);
  return items;
}

/** 1, 2, …, size, slowly; records how many values were pulled and whether it was closed. */
function tracked(size: number) {
  const state = { pulled: 0, closed: false };
  async function* numbers(): AsyncGenerator<number, void, undefined> {
    try {
      for (let n = 1; n <= size; n++) {
        await sleep(1);
        state.pulled += 1;
        yield n;
      }
    } finally {
      state.closed = true;
    }
  }
  return { state, source: numbers() };
}

describe('takeAsync', () => {
  it('yields the first count values', async () => {
    const { source } = tracked(10);
    expect(await collect(takeAsync(source, 3))).toEqual([1, 2, 3]);
  });

  it('yields the whole source when it is shorter than count', async () => {
    const { source, state } = tracked(2);
    expect(await collect(takeAsync(source, 5))).toEqual([1, 2]);
    expect(state.closed).toBe(true);
  });

  it('pulls exactly count values, not one more', async () => {
    const { source, state } = tracked(10);
    await collect(takeAsync(source, 3));
    expect(state.pulled).toBe(3);
  });

  it('closes the source once it has taken enough', async () => {
    const { source, state } = tracked(10);
    const gen = takeAsync(source, 2);
    expect(await gen.next()).toEqual({ value: 1, done: false });
    expect(await gen.next()).toEqual({ value: 2, done: false });
    expect(state.closed).toBe(false);
    expect(await gen.next()).toEqual({ value: undefined, done: true });
    expect(state.closed).toBe(true);
    expect(state.pulled).toBe(2);
  });

  it('pulls nothing for count 0 or less', async () => {
    for (const count of [0, -1]) {
      const { source, state } = tracked(3);
      expect(await collect(takeAsync(source, count))).toEqual([]);
      expect(state.pulled).toBe(0);
    }
  });

  it('pulls nothing before the first next()', async () => {
    const { source, state } = tracked(3);
    const gen = takeAsync(source, 2);
    await sleep(5);
    expect(state.pulled).toBe(0);
    await gen.return();
  });

  it('closes the source when its consumer stops early', async () => {
    const { source, state } = tracked(10);
    for await (const n of takeAsync(source, 5)) {
      expect(n).toBe(1);
      break;
    }
    expect(state.closed).toBe(true);
    expect(state.pulled).toBe(1);
  });

  it('works with any async iterable, not only generators', async () => {
    let calls = 0;
    // Counts up to 1,000 (a bound, so that code reading it all still finishes).
    const countingUp: AsyncIterable<number> = {
      [Symbol.asyncIterator]() {
        return {
          async next(): Promise<IteratorResult<number>> {
            if (calls >= 1000) return { value: undefined, done: true };
            calls += 1;
            return { value: calls, done: false };
          },
        };
      },
    };
    expect(await collect(takeAsync(countingUp, 4))).toEqual([1, 2, 3, 4]);
    expect(calls).toBe(4);
  });

  it('has the right type', () => {
    const { source } = tracked(1);
    expectTypeOf(takeAsync(source, 1)).toEqualTypeOf<AsyncGenerator<number, void, undefined>>();
  });
});
