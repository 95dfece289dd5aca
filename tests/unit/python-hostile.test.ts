import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inLanguage, loadExercises } from '../../src/course/exercise-loader';
import type { Verdict } from '../../src/grader/protocol/verdict';
import type { PythonJob } from '../../src/grader/python/protocol';
import { PythonGrader } from '../../src/grader/python/node/python-grader';
import { pythonHostileCases } from '../support/hostile-corpus';

/**
 * The Python hostile corpus (tests/hostile/python/) through the real harness
 * in Pyodide, as npm test runs it: every case ends within its time limit with
 * the verdict its header states, and the next check, a correct one, passes.
 */
const cases = pythonHostileCases();
const exercises = inLanguage(loadExercises('.'), 'python');
/**
 * The corpus is about ending truthfully, not about speed: each check gets this
 * limit per test rather than the exercise's own (3 s), so that on a busy machine
 * (verify runs the browser tests beside this) a wrong answer's slowest test
 * (200,000 items, ~0.3 s) does not turn into a timeout. A runaway ends at it.
 */
const CASE_LIMIT_MS = 4000;
/** Starting a replacement thread after a case that had to be terminated may add this much (a busy machine). */
const ALLOWANCE_MS = 4000;

let grader: PythonGrader;
beforeAll(() => {
  grader = new PythonGrader();
});
afterAll(async () => {
  await grader?.close();
});

function jobFor(exerciseId: string, code: string): { job: PythonJob; solution: string } {
  const exercise = exercises.find((e) => e.id === exerciseId);
  if (!exercise) throw new Error(`no Python exercise ${exerciseId}`);
  return {
    job: { code, stubName: exercise.track.stub, tests: readFileSync(exercise.testFile, 'utf8'), testName: exercise.track.test },
    solution: readFileSync(exercise.solutionFile, 'utf8'),
  };
}

const kind = (v: Verdict) => (v.solved ? 'solved' : v.outcome.kind === 'timeout' ? 'timeout' : 'failed');

describe('the Python hostile corpus', () => {
  it('has a case for every kind of misbehaviour it promises', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(['failed', 'timeout'], c.file).toContain(c.expected);
  });

  for (const c of cases) {
    it(`${c.file}: ends in time with a truthful verdict, and the next check works`, async () => {
      const { job, solution } = jobFor(c.exercise, c.code);
      const started = performance.now();
      const verdict = await grader.check(job, CASE_LIMIT_MS);
      const elapsed = performance.now() - started;
      const text = JSON.stringify(verdict);
      expect(kind(verdict), text.slice(0, 2000)).toBe(c.expected);
      if (c.text) expect(text).toContain(c.text);
      // Each test gets the limit; a case stops in its first slow test.
      expect(elapsed).toBeLessThan(CASE_LIMIT_MS * 2 + ALLOWANCE_MS);

      const after = await grader.check({ ...job, code: solution }, CASE_LIMIT_MS);
      expect(after.solved, JSON.stringify(after).slice(0, 2000)).toBe(true);
    });
  }
});
