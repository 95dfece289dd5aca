import { describe, expect, expectTypeOf, it } from 'vitest';
import { retryQueue } from './retry-queue';

/**
 * Runs the queue like a worker would: each job fails its first `failures[job]` attempts
 * (reported with throw()), then succeeds (reported with next()).
 */
function work(jobs: string[], maxAttempts: number, failures: Record<string, number> = {}) {
  const queue = retryQueue(jobs, maxAttempts);
  const left = { ...failures };
  const attempts: string[] = [];
  let result = queue.next();
  while (!result.done) {
    if (attempts.length >= 100) throw new Error('more than 100 attempts: is a job retried forever?');
    const job = result.value;
    attempts.push(job);
    if ((left[job] ?? 0) > 0) {
      left[job] -= 1;
      result = queue.throw(new Error(`${job} failed`));
    } else {
      result = queue.next();
    }
  }
  return { attempts, gaveUp: result.value };
}

describe('retryQueue', () => {
  it('yields each job once when nothing fails, and returns []', () => {
    expect(work(['a', 'b', 'c'], 3)).toEqual({ attempts: ['a', 'b', 'c'], gaveUp: [] });
  });

  it('survives an error thrown in, and throw() returns the retried job', () => {
    const queue = retryQueue(['a', 'b'], 3);
    expect(queue.next()).toEqual({ value: 'a', done: false });
    expect(queue.throw(new Error('a failed'))).toEqual({ value: 'a', done: false });
    expect(queue.next()).toEqual({ value: 'b', done: false });
    expect(queue.next()).toEqual({ value: [], done: true });
  });

  it('retries a failed job at once, then moves on when it succeeds', () => {
    expect(work(['a', 'b', 'c'], 3, { b: 1 })).toEqual({ attempts: ['a', 'b', 'b', 'c'], gaveUp: [] });
    expect(work(['a', 'b'], 3, { a: 2 })).toEqual({ attempts: ['a', 'a', 'a', 'b'], gaveUp: [] });
  });

  it('gives a job up after maxAttempts tries in all', () => {
    expect(work(['a', 'b'], 3, { a: 99 })).toEqual({ attempts: ['a', 'a', 'a', 'b'], gaveUp: ['a'] });
  });

  it('does not retry at all when maxAttempts is 1', () => {
    expect(work(['a', 'b', 'c'], 1, { a: 99, c: 99 })).toEqual({ attempts: ['a', 'b', 'c'], gaveUp: ['a', 'c'] });
  });

  it('keeps going after giving up: one failure does not end the queue', () => {
    expect(work(['a', 'b', 'c', 'd'], 2, { a: 5, b: 1, c: 5 })).toEqual({
      attempts: ['a', 'a', 'b', 'b', 'c', 'c', 'd'],
      gaveUp: ['a', 'c'],
    });
  });

  it('returns the given-up jobs from throw() when the last job is given up', () => {
    const queue = retryQueue(['x'], 2);
    queue.next();
    expect(queue.throw(new Error('1'))).toEqual({ value: 'x', done: false });
    expect(queue.throw(new Error('2'))).toEqual({ value: ['x'], done: true });
  });

  it('returns [] at once for no jobs', () => {
    expect(retryQueue([], 3).next()).toEqual({ value: [], done: true });
  });

  it('does not change the jobs array', () => {
    const jobs = ['a', 'b'];
    work(jobs, 2, { a: 5 });
    expect(jobs).toEqual(['a', 'b']);
  });

  it('has the type Generator<string, string[], undefined>', () => {
    expectTypeOf(retryQueue).returns.toEqualTypeOf<Generator<string, string[], undefined>>();
  });
});
