import { describe, expect, it } from 'vitest';
import { checkN, formatMs, itemsHeldAtPeak, measure, median, memoryApis, runsFor } from '../../src/measure/measure-core';
import { viaArray, viaGenerator } from '../../src/measure/measured-code';

describe('measure it yourself', () => {
  it('takes the median of the runs', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('has both ways compute the same sum and the same first item', () => {
    expect(viaArray(1000)).toMatchObject({ first: 0, sum: 499_500 });
    expect(viaGenerator(1000)).toMatchObject({ first: 0, sum: 499_500 });
    expect(viaGenerator(0)).toMatchObject({ first: undefined, sum: 0 });
  });

  it('counts the items held at once: all N for the array, one for the generator', () => {
    expect(itemsHeldAtPeak(10_000)).toEqual({ array: 10_000, generator: 1 });
  });

  it('runs each way the given number of times, reports progress, and refuses a bad N', () => {
    const progress: string[] = [];
    const result = measure(10_000, 3, (p) => progress.push(`${p.done}/${p.total} ${p.label}`));
    expect(result.array.sumMs).toHaveLength(3);
    expect(result.generator.firstItemMs).toHaveLength(3);
    expect(result.sums).toEqual({ array: 49_995_000, generator: 49_995_000, expected: 49_995_000 });
    expect(progress).toEqual([
      '1/7 run 1 of 3: array',
      '2/7 run 1 of 3: generator',
      '3/7 run 2 of 3: generator',
      '4/7 run 2 of 3: array',
      '5/7 run 3 of 3: array',
      '6/7 run 3 of 3: generator',
      '7/7 counting the items held',
    ]);
    expect(result.timerResolutionMs).toBeGreaterThan(0);
    expect(() => measure(0, 1)).toThrow(RangeError);
    expect(checkN(20_000_000)).toBe(false);
    expect(checkN(1.5)).toBe(false);
    expect(runsFor(10_000_000)).toBe(3);
  });

  it('does not print a time below what the timer can tell apart', () => {
    expect(formatMs(0, 0.1)).toBe('under 0.1 ms');
    expect(formatMs(0.04, 0.1)).toBe('under 0.1 ms');
    expect(formatMs(2.345, 0.1)).toBe('2.35 ms');
    expect(formatMs(1234.4, 0.1)).toBe('1,234 ms');
  });

  it('detects which memory APIs exist instead of assuming', () => {
    expect(memoryApis({ performance: {}, crossOriginIsolated: false })).toEqual({
      performanceMemory: false,
      measureUserAgentSpecificMemory: false,
      crossOriginIsolated: false,
    });
    expect(memoryApis({ performance: { memory: {}, measureUserAgentSpecificMemory: () => {} }, crossOriginIsolated: true })).toEqual({
      performanceMemory: true,
      measureUserAgentSpecificMemory: true,
      crossOriginIsolated: true,
    });
  });
});
