import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inLanguage, loadExercises } from '../../src/course/exercise-loader';
import { autogradingFiles, checkClassroom50Tests, type Classroom50Test } from '../../src/cli/classroom-config';
import { meta, writeCourse } from '../support/course-fixture';

// js-yaml comes with Astro; it proves the workflow is YAML that means what we wrote.
const { load } = (await import('js-yaml' as string)) as { load(text: string): unknown };

interface Step {
  name: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  shell?: string;
  'continue-on-error'?: boolean;
  'timeout-minutes'?: number;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

/** A course of three chapters: 1 (two exercises), 2 (one, with its own time limit), 3 (one). */
function course() {
  const files: Record<string, string> = {};
  const add = (folder: string, stub: string, extra: Record<string, unknown> = {}) => {
    files[`exercises/${folder}/exercise.json`] = meta({ title: `Title of ${stub}`, typescript: { stub: `${stub}.ts`, test: `${stub}.test.ts` }, ...extra });
    files[`exercises/${folder}/${stub}.ts`] = '';
    files[`exercises/${folder}/${stub}.test.ts`] = '';
    files[`solutions/${folder}/${stub}.ts`] = '';
  };
  add('01-iterables/01-count-up', 'count-up');
  add('01-iterables/02-next-or', 'next-or');
  add('02-generator-functions/01-replay', 'replay', { timeoutMs: 20000 });
  add('03-laziness/01-take', 'take');
  return inLanguage(loadExercises(writeCourse(files)), 'typescript');
}

const tsx = resolve('node_modules/.bin/tsx');
/** Runs `npm run classroom -- …` and returns its exit status and output. */
function classroom(args: string[]) {
  try {
    return { status: 0, stdout: execFileSync(tsx, ['scripts/classroom.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }), stderr: '' };
  } catch (error) {
    const { status, stdout, stderr } = error as { status: number; stdout: string; stderr: string };
    return { status, stdout, stderr };
  }
}

describe('the autograding generator', () => {
  const chosen = course().filter((e) => e.chapterOrder === 1 || e.chapterOrder === 2);
  const files = autogradingFiles(chosen, { points: 5, generatedBy: 'npm run classroom -- --chapters 1,2' });

  it('writes a plain workflow: checkout, Node 20, install, one step per exercise, then the results', () => {
    expect(Object.keys(files).sort()).toEqual(['classroom50/tests.json', 'workflows/autograding.yml']);
    const text = files['workflows/autograding.yml'];
    expect(text).not.toContain('classroom-resources');
    expect(text).toContain('# Made by `npm run classroom -- --chapters 1,2`');
    const workflow = load(text) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['push', 'workflow_dispatch']);
    expect(Object.keys(workflow.jobs)).toEqual(['autograding']);
    const steps = workflow.jobs.autograding.steps;
    expect(workflow.jobs.autograding['runs-on']).toBe('ubuntu-latest');
    expect(steps.map((s) => s.uses ?? s.run?.split('\n')[0])).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm install --no-audit --no-fund',
      'npm test -- count-up',
      'npm test -- next-or',
      'npm test -- replay',
      'failed=0; earned=0; total=0',
    ]);
    expect(steps[1].with).toEqual({ 'node-version': '20' });
    const tests = steps.filter((s) => s.id);
    expect(tests.map(({ name, id, run, 'continue-on-error': c, 'timeout-minutes': t }) => ({ name, id, run, c, t }))).toEqual([
      { name: '1.1 Title of count-up (count-up)', id: 'count-up', run: 'npm test -- count-up', c: true, t: 3 },
      { name: '1.2 Title of next-or (next-or)', id: 'next-or', run: 'npm test -- next-or', c: true, t: 3 },
      { name: '2.1 Title of replay (replay)', id: 'replay', run: 'npm test -- replay', c: true, t: 3 },
    ]);
  });

  it('reports every outcome through env, never pasted into the script, and fails when one failed', () => {
    const steps = (load(files['workflows/autograding.yml']) as Workflow).jobs.autograding.steps;
    const results = steps.at(-1)!;
    expect(results.if).toBe('always()');
    expect(results.shell).toBe('bash');
    expect(results.env).toEqual({
      COUNT: '3',
      NAME_1: '1.1 Title of count-up (count-up)',
      POINTS_1: '5',
      OUTCOME_1: '${{ steps.count-up.outcome }}',
      NAME_2: '1.2 Title of next-or (next-or)',
      POINTS_2: '5',
      OUTCOME_2: '${{ steps.next-or.outcome }}',
      NAME_3: '2.1 Title of replay (replay)',
      POINTS_3: '5',
      OUTCOME_3: '${{ steps.replay.outcome }}',
    });
    expect(results.run).not.toContain('${{');
    expect(results.run).toContain('$GITHUB_STEP_SUMMARY');
    expect(results.run).toContain('| Exercise | Result | Points |');
  });

  it('the results script writes the table and exits 1 when an exercise failed, 0 when all passed', () => {
    const steps = (load(files['workflows/autograding.yml']) as Workflow).jobs.autograding.steps;
    const { run, env } = steps.at(-1)!;
    const summary = join(mkdtempSync(join(tmpdir(), 'summary-')), 'summary.md');
    const runScript = (outcomes: string[]) => {
      const vars: Record<string, string | undefined> = { ...process.env, ...env, GITHUB_STEP_SUMMARY: summary };
      outcomes.forEach((o, i) => {
        vars[`OUTCOME_${i + 1}`] = o;
      });
      try {
        execFileSync('bash', ['-c', run!], { env: vars, stdio: 'pipe' });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    expect(runScript(['success', 'failure', 'skipped'])).toBe(1);
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('| 1.1 Title of count-up (count-up) | ✅ passed | 5 / 5 |');
    expect(table).toContain('| 1.2 Title of next-or (next-or) | ❌ failure | 0 / 5 |');
    expect(table).toContain('| 2.1 Title of replay (replay) | ❌ skipped | 0 / 5 |');
    expect(table).toContain('**5 / 15**');
    expect(runScript(['success', 'success', 'success'])).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain('**15 / 15**');
  });

  it('writes Classroom 50 tests: a zero-point setup install, then one run test per exercise, timeouts in seconds', () => {
    expect(JSON.parse(files['classroom50/tests.json'])).toEqual([
      { name: 'setup', type: 'run', run: 'npm install --no-audit --no-fund', timeout: 600, points: 0 },
      { name: '1.1 Title of count-up (count-up)', type: 'run', run: 'npm test -- count-up', timeout: 123, points: 5 },
      { name: '1.2 Title of next-or (next-or)', type: 'run', run: 'npm test -- next-or', timeout: 123, points: 5 },
      { name: '2.1 Title of replay (replay)', type: 'run', run: 'npm test -- replay', timeout: 140, points: 5 },
    ]);
  });

  it('grades the Python track with --lang py', () => {
    const py = autogradingFiles(chosen.slice(0, 1), { points: 5, generatedBy: 'x', language: 'python' });
    expect(JSON.parse(py['classroom50/tests.json'])[1].run).toBe('npm test -- count-up --lang py');
    const steps = (load(py['workflows/autograding.yml']) as Workflow).jobs.autograding.steps;
    expect(steps.find((s) => s.id === 'count-up')?.run).toBe('npm test -- count-up --lang py');
  });

  it('grades a project milestone by milestone: one test each, `--milestone N`, each worth the points', () => {
    const folder = '03-laziness/02-analyser';
    const milestones = [
      { id: 'parse', title: 'Parse lines lazily', tests: 'parse' },
      { id: 'early-exit', title: 'Stop early', tests: 'early exit' },
    ];
    const [project] = inLanguage(
      loadExercises(
        writeCourse({
          [`exercises/${folder}/exercise.json`]: meta({ title: 'A log analyser', typescript: { stub: 'analyser.ts', test: 'analyser.test.ts' }, milestones }),
          [`exercises/${folder}/analyser.ts`]: '',
          [`exercises/${folder}/analyser.test.ts`]: "describe('parse', () => {}); describe('early exit', () => {});",
          [`solutions/${folder}/analyser.ts`]: '',
        }),
      ),
      'typescript',
    );
    const tests = JSON.parse(autogradingFiles([project], { points: 5, generatedBy: 'x' })['classroom50/tests.json']) as Classroom50Test[];
    expect(tests.slice(1).map(({ name, run, points }) => ({ name, run, points }))).toEqual([
      { name: '3.2 A log analyser · 1 Parse lines lazily (analyser)', run: 'npm test -- analyser --milestone 1', points: 5 },
      { name: '3.2 A log analyser · 2 Stop early (analyser)', run: 'npm test -- analyser --milestone 2', points: 5 },
    ]);
    const steps = (load(autogradingFiles([project], { points: 5, generatedBy: 'x' })['workflows/autograding.yml']) as Workflow).jobs.autograding.steps;
    expect(steps.filter((step) => step.id).map((step) => [step.id, step.run])).toEqual([
      ['analyser-m1', 'npm test -- analyser --milestone 1'],
      ['analyser-m2', 'npm test -- analyser --milestone 2'],
    ]);
  });

  it('shortens a title so the test name fits Classroom 50’s 100 bytes', () => {
    const [long] = course().map((e) => ({ ...e, meta: { ...e.meta, title: 'é'.repeat(80) } }));
    const [, test] = JSON.parse(autogradingFiles([long], { points: 1, generatedBy: 'x' })['classroom50/tests.json']) as Classroom50Test[];
    expect(new TextEncoder().encode(test.name).length).toBeLessThanOrEqual(100);
    expect(test.name).toMatch(/^1\.1 é+… \(count-up\)$/);
  });

  it('refuses what Classroom 50 would refuse, saying which limit', () => {
    const ok: Classroom50Test = { name: 'a', type: 'run', run: 'true', timeout: 10, points: 1 };
    expect(() => checkClassroom50Tests([ok])).not.toThrow();
    const many = Array.from({ length: 101 }, (_, i) => ({ ...ok, name: `t${i}` }));
    expect(() => checkClassroom50Tests(many)).toThrow('at most 100 tests');
    expect(() => checkClassroom50Tests([{ ...ok, name: 'x'.repeat(101) }])).toThrow('at most 100 UTF-8 bytes');
    expect(() => checkClassroom50Tests([{ ...ok, name: 'a\nb' }])).toThrow('control characters');
    expect(() => checkClassroom50Tests([ok, ok])).toThrow('unique');
    expect(() => checkClassroom50Tests([{ ...ok, timeout: 0 }])).toThrow('1 to 600 whole seconds');
    expect(() => checkClassroom50Tests([{ ...ok, timeout: 601 }])).toThrow('1 to 600 whole seconds');
    expect(() => checkClassroom50Tests([{ ...ok, points: 1001 }])).toThrow('0 to 1000 whole points');
    expect(() => autogradingFiles([], { points: 5, generatedBy: 'x' })).toThrow('No exercises selected');
    expect(() => autogradingFiles(chosen, { points: 0.5, generatedBy: 'x' })).toThrow('--points takes a whole number from 1 to 1000');
    const hundred = Array.from({ length: 100 }, (_, i) => ({ ...chosen[0], id: `e${i}`, order: i + 1 }));
    expect(() => autogradingFiles(hundred, { points: 5, generatedBy: 'x' })).toThrow('this selection makes 101 (with the setup test)');
  });
});

describe('npm run classroom', () => {
  it('--chapters 1,2 --out <dir> writes both files for this course', () => {
    const out = mkdtempSync(join(tmpdir(), 'classroom-'));
    const { status, stdout } = classroom(['--chapters', '1,2', '--points', '10', '--out', out]);
    expect(status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['classroom50', 'workflows']);
    const real = inLanguage(loadExercises('.'), 'typescript').filter((e) => e.chapterOrder <= 2);
    const workflow = load(readFileSync(join(out, 'workflows/autograding.yml'), 'utf8')) as Workflow;
    expect(workflow.jobs.autograding.steps.filter((s) => s.id).map((s) => s.id)).toEqual(real.map((e) => e.id));
    const tests = JSON.parse(readFileSync(join(out, 'classroom50/tests.json'), 'utf8')) as Classroom50Test[];
    expect(tests.map((t) => t.run)).toEqual(['npm install --no-audit --no-fund', ...real.map((e) => `npm test -- ${e.id}`)]);
    expect(stdout).toContain(`${real.length} exercises`);
    expect(stdout).toContain(`${10 * real.length} in all`);
  });

  it('--lang py grades the Python track, and refuses an exercise without one', () => {
    const python = inLanguage(loadExercises('.'), 'python');
    const typescriptOnly = inLanguage(loadExercises('.'), 'typescript').find((e) => !python.some((p) => p.id === e.id));
    const out = mkdtempSync(join(tmpdir(), 'classroom-'));
    const { status } = classroom(['--exercises', python[0].id, '--lang', 'py', '--out', out]);
    expect(status).toBe(0);
    const tests = JSON.parse(readFileSync(join(out, 'classroom50/tests.json'), 'utf8')) as Classroom50Test[];
    expect(tests.at(-1)?.run).toBe(`npm test -- ${python[0].id} --lang py`);
    if (typescriptOnly) {
      const refused = classroom(['--exercises', typescriptOnly.id, '--lang', 'py', '--out', out]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(`${typescriptOnly.id} has no Python track`);
    }
  });

  it('exits with 2 and a reason for a chapter that does not exist, bad points or a bad language', () => {
    const out = mkdtempSync(join(tmpdir(), 'classroom-'));
    const chapter = classroom(['--chapters', '99', '--out', out]);
    expect(chapter.status).toBe(2);
    expect(chapter.stderr).toContain('There is no chapter 99');
    const points = classroom(['--chapters', '1', '--points', '2000', '--out', out]);
    expect(points.status).toBe(2);
    expect(points.stderr).toContain('--points takes a whole number from 1 to 1000');
    const lang = classroom(['--chapters', '1', '--lang', 'rb', '--out', out]);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('--lang takes ts (TypeScript) or py (Python)');
  });

  it('--help lists every option and both files', () => {
    const { status, stdout } = classroom(['--help']);
    expect(status).toBe(0);
    for (const option of ['--chapters', '--exercises', '--points', '--lang', '--out', '--help']) expect(stdout).toContain(option);
    expect(stdout).toContain('workflows/autograding.yml');
    expect(stdout).toContain('classroom50/tests.json');
    expect(stdout).toContain('gh teacher assignment add');
  });
});
