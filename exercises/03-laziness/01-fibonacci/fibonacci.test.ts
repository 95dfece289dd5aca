import { describe, expect, expectTypeOf, it } from 'vitest';
import { fibonacci } from './fibonacci';

/** Calls next() exactly `count` times (a bounded pull, so a wrong answer cannot hang the test). */
function pull<T>(iterator: Iterator<T>, count: number): IteratorResult<T>[] {
  const results: IteratorResult<T>[] = [];
  for (let i = 0; i < count; i++) results.push(iterator.next());
  return results;
}

describe('fibonacci', () => {
  it('starts 0, 1, 1, 2, 3, 5, 8, 13, 21, 34', () => {
    const values = pull(fibonacci(), 10).map((result) => result.value);
    expect(values).toEqual([0, 1, 1, 2, 3, 5, 8, 13, 21, 34]);
  });

  it('makes every number after the first two the sum of the two before it', () => {
    const values = pull(fibonacci(), 79).map((result) => result.value as number);
    for (let i = 2; i < values.length; i++) {
      expect(values[i], `item ${i} should be ${values[i - 2]} + ${values[i - 1]}`).toBe(values[i - 2] + values[i - 1]);
    }
    // The 79th number is the last one below Number.MAX_SAFE_INTEGER.
    expect(values[78]).toBe(8944394323791464);
  });

  it('never finishes', () => {
    const results = pull(fibonacci(), 100);
    expect(results.every((result) => result.done === false), 'some next() returned done: true').toBe(true);
  });

  it('gives each call its own sequence', () => {
    const first = fibonacci();
    const second = fibonacci();
    pull(first, 5);
    expect(second.next()).toEqual({ value: 0, done: false });
    expect(first.next()).toEqual({ value: 5, done: false });
  });

  it('has the type of a generator that never returns', () => {
    expectTypeOf(fibonacci).returns.toEqualTypeOf<Generator<number, never, undefined>>();
  });
});
