import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { courseRoot, loadCourseExercises } from '../../src/cli/course-target';
import { gradeChecks } from '../../src/cli/grade';
import { jobFor } from '../../src/cli/project-files';

/**
 * One test file, two runners: the course's harness (the browser's, and
 * `npm test`'s) and Vitest itself must agree on every test of every exercise,
 * test by test, for the stubs (which fail) and the solutions (which pass).
 * This is what keeps the test files inside the subset both understand.
 */
const exercises = loadCourseExercises();
type Statuses = Record<string, Record<string, 'pass' | 'fail'>>;

function underVitest(target: 'exercises' | 'solutions'): Statuses {
  const out = join(mkdtempSync(join(tmpdir(), 'agree-')), 'vitest.json');
  const run = spawnSync(join(courseRoot, 'node_modules/.bin/vitest'), ['run', '--config', 'vitest.config.ts', '--reporter=json', `--outputFile=${out}`], {
    cwd: courseRoot,
    encoding: 'utf8',
    env: { ...process.env, COURSE_TARGET: target, FORCE_COLOR: '0' },
  });
  const report = JSON.parse(readFileSync(out, 'utf8')) as { testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[] };
  if (report.testResults.length === 0) throw new Error(run.stderr);
  const statuses: Statuses = {};
  for (const file of report.testResults) {
    const folder = relative(join(courseRoot, 'exercises'), file.name).replace(/\/[^/]+$/, '');
    statuses[folder] = Object.fromEntries(file.assertionResults.map((a) => [a.fullName, a.status === 'passed' ? 'pass' : 'fail']));
  }
  return statuses;
}

async function underCourseHarness(target: 'exercises' | 'solutions'): Promise<Statuses> {
  const graded = await gradeChecks(exercises.map((exercise) => jobFor(exercise, target === 'solutions' ? 'solution' : 'stub')));
  return Object.fromEntries(
    graded.map(({ job, verdict }) => [job.exercise.folder, Object.fromEntries(verdict.tests.map((t) => [t.path.join(' '), t.status]))]),
  );
}

describe.each(['solutions', 'exercises'] as const)('the %s', (target) => {
  let vitest: Statuses;
  let course: Statuses;
  beforeAll(async () => {
    [vitest, course] = await Promise.all([Promise.resolve().then(() => underVitest(target)), underCourseHarness(target)]);
  }, 600_000);

  it('get the same verdict, test by test, from Vitest and from the course harness', () => {
    expect(Object.keys(course).sort()).toEqual(Object.keys(vitest).sort());
    for (const folder of Object.keys(vitest)) expect(course[folder], folder).toEqual(vitest[folder]);
    const all = Object.values(vitest).flatMap((tests) => Object.values(tests));
    // Not a comparison of empty lists: every solution test passes, and the stubs fail most of theirs.
    expect(all.length).toBeGreaterThan(200);
    if (target === 'solutions') expect(all.every((s) => s === 'pass')).toBe(true);
    else expect(all.filter((s) => s === 'fail').length).toBeGreaterThan(all.length / 2);
  });
});
