import { describe, expect, expectTypeOf, it } from 'vitest';
import { runningAverage } from './running-average';

describe('runningAverage', () => {
  it('yields undefined for the priming next()', () => {
    const avg = runningAverage();
    expect(avg.next()).toEqual({ value: undefined, done: false });
  });

  it('yields the mean of everything sent so far', () => {
    const avg = runningAverage();
    avg.next();
    expect(avg.next(10)).toEqual({ value: 10, done: false });
    expect(avg.next(20)).toEqual({ value: 15, done: false });
    expect(avg.next(60)).toEqual({ value: 30, done: false });
    expect(avg.next(-90)).toEqual({ value: 0, done: false });
  });

  it('does not count the priming next() as a number', () => {
    const avg = runningAverage();
    avg.next();
    // A solution that counts the priming call would give 4 / 2 = 2 here.
    expect(avg.next(4).value, 'mean after sending only 4').toBe(4);
    expect(avg.next(8).value, 'mean of 4 and 8').toBe(6);
  });

  it('ignores a value passed to the priming next()', () => {
    const avg = runningAverage();
    // The first next() has no paused yield to receive its argument; the generator never sees 1000.
    expect(avg.next(1000)).toEqual({ value: undefined, done: false });
    expect(avg.next(2).value).toBe(2);
    expect(avg.next(4).value).toBe(3);
  });

  it('uses every value sent, one yield per number', () => {
    const avg = runningAverage();
    avg.next();
    const means = [1, 2, 3, 4, 5, 6].map((x) => avg.next(x).value);
    expect(means, 'a second yield per round would lose every other number').toEqual([1, 1.5, 2, 2.5, 3, 3.5]);
  });

  it('never finishes', () => {
    const avg = runningAverage();
    avg.next();
    let last: IteratorResult<number | undefined, never> = { value: undefined, done: false };
    for (let i = 1; i <= 1000; i++) last = avg.next(i);
    expect(last.done).toBe(false);
    expect(last.value).toBeCloseTo(500.5);
  });

  it('keeps separate state for each generator', () => {
    const a = runningAverage();
    const b = runningAverage();
    a.next();
    b.next();
    a.next(100);
    expect(b.next(1).value).toBe(1);
    expect(a.next(0).value).toBe(50);
  });

  it('has the type Generator<number | undefined, never, number>', () => {
    expectTypeOf(runningAverage).returns.toEqualTypeOf<Generator<number | undefined, never, number>>();
    const avg = runningAverage();
    const misuse = () => {
      // @ts-expect-error: only numbers may be sent in
      avg.next('10');
    };
    expect(misuse).toBeTypeOf('function');
  });
});
