import { runTests, type ModuleEvaluator } from './run-tests';

/**
 * A small suite the runner runs on itself while it waits for a job: one
 * passing and one failing test, through the harness, @vitest/expect, the diff
 * of a failure and the generator trace. The learner's run then finds that code
 * already compiled instead of paying for its first use.
 */
const warmUpExercise = {
  stubModule: 'warm',
  code: 'exports.count = function* (n) { for (let i = 0; i < n; i++) yield i; };',
  tests: `const { describe, it, expect } = require('vitest');
const { count } = require('./warm');
describe('warm', () => {
  it('passes', () => { expect([...count(3)]).toEqual([0, 1, 2]); expect({ a: 1 }).toEqual({ a: 1 }); expect(count(1).next()).toEqual({ value: 0, done: false }); });
  it('fails', () => { expect([...count(2)]).toEqual([1, 2]); });
});`,
};

export async function warmUpRunner(evaluate: ModuleEvaluator): Promise<void> {
  const ignore = () => {};
  const result = await runTests(warmUpExercise, { onConsole: ignore, onTestStart: ignore, onTestEnd: ignore }, evaluate);
  const statuses = result.kind === 'finished' ? result.tests.map((t) => t.status).join() : result.kind;
  if (statuses !== 'pass,fail') throw new Error(`the test runner failed its own warm-up (${statuses})`);
}
