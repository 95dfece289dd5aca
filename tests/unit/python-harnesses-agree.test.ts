import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { courseRoot } from '../../src/cli/course-target';
import { inLanguage, loadExercises } from '../../src/course/exercise-loader';
import type { Verdict } from '../../src/grader/protocol/verdict';
import { PythonGrader } from '../../src/grader/python/node/python-grader';
import { runRealPytest } from '../../src/grader/python/node/real-pytest';

/**
 * The browser's Python harness (in Pyodide, run in Node as npm test runs it)
 * and CPython's real pytest must say the same of every Python solution and
 * every untouched Python stub, test by test: the solutions pass every test
 * under both, the stubs fail under both, and each test has the same outcome.
 * A project's modules are all there, beside its tests, under both.
 */
const exercises = inLanguage(loadExercises(courseRoot), 'python');
/** Outcomes, not speed: a limit that a busy machine does not reach for a correct solution. */
const LIMIT_MS = 30_000;

let grader: PythonGrader;
beforeAll(() => {
  grader = new PythonGrader({ threads: 2 });
});
afterAll(async () => {
  await grader?.close();
});

const statuses = (verdict: Verdict) => new Map(verdict.tests.map((t) => [t.path[0], t.status]));

describe.each([
  ['solution', 'solutionFile'],
  ['stub', 'stubFile'],
] as const)('every Python %s', (kind, file) => {
  it('gets the same outcome for every test from the browser harness as from real pytest', async () => {
    expect(exercises.length).toBeGreaterThan(0);
    const code = (e: (typeof exercises)[number]) => readFileSync(e[file], 'utf8');
    const files = (e: (typeof exercises)[number]) =>
      e.extraFiles.length ? { files: Object.fromEntries(e.extraFiles.map((f) => [f.name, readFileSync(f[file], 'utf8')])) } : {};
    const tests = (e: (typeof exercises)[number]) => readFileSync(e.testFile, 'utf8');
    const real = runRealPytest(exercises.map((e) => ({ moduleName: e.track.stub, code: code(e), testName: e.track.test, tests: tests(e), ...files(e) })));
    const verdicts = await Promise.all(
      exercises.map((e) => grader.check({ code: code(e), stubName: e.track.stub, tests: tests(e), testName: e.track.test, ...files(e) }, LIMIT_MS)),
    );
    for (const [index, exercise] of exercises.entries()) {
      const verdict = verdicts[index];
      const browser = statuses(verdict);
      const pytest = real.get(exercise.track.test) ?? new Map();
      expect(verdict.outcome.kind, `${exercise.id}: ${JSON.stringify(verdict.outcome)}`).toBe('finished');
      expect([...browser.keys()], `${exercise.id}: the same tests, in the same order`).toEqual([...pytest.keys()]);
      expect(Object.fromEntries(browser), exercise.id).toEqual(Object.fromEntries(pytest));
      if (kind === 'solution') expect(verdict.solved, exercise.id).toBe(true);
      else expect([...browser.values()], `${exercise.id}: a stub must fail`).toContain('fail');
    }
  });
});
