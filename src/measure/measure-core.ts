/**
 * The "Measure it yourself" widget's measurement, run in a worker
 * (measure.worker.ts) and unit-tested in Node: timed runs of the code in
 * measured-code.ts, items held counted, and what the browser can and cannot
 * say about memory. Pure apart from performance.now().
 */
import { viaArray, viaGenerator } from './measured-code';

export const SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000] as const;
export const MAX_N = 10_000_000;
/** Timed runs of each: the median of 5, or of 3 for the largest N (each run of which takes seconds on a slow machine). */
export const runsFor = (n: number) => (n >= 10_000_000 ? 3 : 5);

export interface Timings {
  /** One entry per run, in milliseconds. */
  firstItemMs: number[];
  sumMs: number[];
}

export interface MemoryApis {
  /** Chromium's non-standard performance.memory, here (it is absent in workers). */
  performanceMemory: boolean;
  /** performance.measureUserAgentSpecificMemory(): Chromium only, and only on cross-origin-isolated pages. */
  measureUserAgentSpecificMemory: boolean;
  crossOriginIsolated: boolean;
}

export interface MeasureResult {
  n: number;
  runs: number;
  array: Timings;
  generator: Timings;
  /** The sums both computed (they must agree: n(n-1)/2). */
  sums: { array: number; generator: number; expected: number };
  /** Items in memory at once at the peak, counted (not estimated). */
  held: { array: number; generator: number };
  /** The smallest step performance.now() takes here. */
  timerResolutionMs: number;
  memory: MemoryApis;
}

export type Progress = { done: number; total: number; label: string };

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The smallest nonzero step of performance.now(): browsers coarsen it (0.1 ms on a page that is not cross-origin isolated). */
export function timerResolution(samples = 20): number {
  let smallest = Infinity;
  for (let k = 0; k < samples; k++) {
    const a = performance.now();
    let b = a;
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

/**
 * Counts how many of the n items exist at once. The array keeps every item
 * it was given until the array itself goes; through the generator an item
 * lives from its `yield` until the loop body has added it.
 */
export function itemsHeldAtPeak(n: number): { array: number; generator: number } {
  const items: number[] = [];
  for (let i = 0; i < n; i++) items.push(i);
  const array = items.length;
  items.length = 0;

  let live = 0;
  let peak = 0;
  function* counted() {
    for (let i = 0; i < n; i++) {
      live++;
      peak = Math.max(peak, live);
      yield i;
    }
  }
  for (const item of counted()) {
    void item;
    live--;
  }
  return { array, generator: peak };
}

export function memoryApis(scope: { performance?: unknown; crossOriginIsolated?: boolean } = globalThis): MemoryApis {
  const perf = scope.performance as { memory?: unknown; measureUserAgentSpecificMemory?: unknown } | undefined;
  return {
    performanceMemory: typeof perf?.memory === 'object' && perf.memory !== null,
    measureUserAgentSpecificMemory: typeof perf?.measureUserAgentSpecificMemory === 'function',
    crossOriginIsolated: scope.crossOriginIsolated === true,
  };
}

export function checkN(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_N;
}

/** Runs the comparison: `runs` timed runs of each, alternating which goes first, then the count of items held. */
export function measure(n: number, runs: number, onProgress: (p: Progress) => void = () => {}): MeasureResult {
  if (!checkN(n)) throw new RangeError(`N must be a whole number from 1 to ${MAX_N.toLocaleString('en')}`);
  const total = runs * 2 + 1;
  let done = 0;
  const step = (label: string) => onProgress({ done: ++done, total, label });
  const array: Timings = { firstItemMs: [], sumMs: [] };
  const generator: Timings = { firstItemMs: [], sumMs: [] };
  const sums = { array: 0, generator: 0, expected: (n * (n - 1)) / 2 };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? (['array', 'generator'] as const) : (['generator', 'array'] as const);
    for (const which of order) {
      const result = which === 'array' ? viaArray(n) : viaGenerator(n);
      const timings = which === 'array' ? array : generator;
      timings.firstItemMs.push(result.firstItemMs);
      timings.sumMs.push(result.sumMs);
      sums[which] = result.sum;
      step(`run ${run + 1} of ${runs}: ${which === 'array' ? 'array' : 'generator'}`);
    }
  }
  const held = itemsHeldAtPeak(n);
  step('counting the items held');
  return { n, runs, array, generator, sums, held, timerResolutionMs: timerResolution(), memory: memoryApis() };
}

/** A duration for people: below the timer's resolution it says so rather than showing 0. */
export function formatMs(ms: number, resolutionMs: number): string {
  if (ms < resolutionMs) return `under ${formatNumber(resolutionMs)} ms`;
  return `${formatNumber(ms)} ms`;
}

function formatNumber(ms: number): string {
  if (ms >= 100) return Math.round(ms).toLocaleString('en');
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return String(Number(ms.toPrecision(2)));
}
