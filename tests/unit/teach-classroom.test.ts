import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inLanguage, loadExercises } from '../../src/course/exercise-loader';
import { classroomFiles } from '../../src/cli/classroom-config';
import { meta, writeCourse } from '../support/course-fixture';

// js-yaml comes with Astro; it proves the workflow is YAML that means what we wrote.
const { load } = (await import('js-yaml' as string)) as { load(text: string): unknown };

interface Workflow {
  name: string;
  on: string[];
  jobs: Record<
    string,
    { 'runs-on': string; steps: { name: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }
  >;
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

describe('the GitHub Classroom generator', () => {
  const chosen = course().filter((e) => e.chapterOrder === 1 || e.chapterOrder === 2);
  const files = classroomFiles(chosen, { points: 5, generatedBy: 'npm run classroom -- --chapters 1,2' });

  it('writes one command-grader test per exercise of the chosen chapters, then the reporter', () => {
    expect(Object.keys(files).sort()).toEqual(['classroom/autograding.json', 'workflows/classroom.yml']);
    const workflow = load(files['workflows/classroom.yml']) as Workflow;
    expect(workflow.name).toBe('Autograding Tests');
    expect(workflow.on).toEqual(['push', 'workflow_dispatch', 'repository_dispatch']);
    expect(Object.keys(workflow.jobs)).toEqual(['run-autograding-tests']);
    const steps = workflow.jobs['run-autograding-tests'].steps;
    expect(steps.map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npm install --no-audit --no-fund',
      'classroom-resources/autograding-command-grader@v1',
      'classroom-resources/autograding-command-grader@v1',
      'classroom-resources/autograding-command-grader@v1',
      'classroom-resources/autograding-grading-reporter@v1',
    ]);
    const tests = steps.filter((s) => s.uses === 'classroom-resources/autograding-command-grader@v1');
    expect(tests.map((s) => ({ id: s.id, ...s.with }))).toEqual([
      { id: 'count-up', 'test-name': '1.1 Title of count-up (count-up)', command: 'npm test -- --exercises count-up', timeout: 3, 'max-score': 5 },
      { id: 'next-or', 'test-name': '1.2 Title of next-or (next-or)', command: 'npm test -- --exercises next-or', timeout: 3, 'max-score': 5 },
      { id: 'replay', 'test-name': '2.1 Title of replay (replay)', command: 'npm test -- --exercises replay', timeout: 3, 'max-score': 5 },
    ]);
    const reporter = steps.at(-1)!;
    expect(reporter.with).toEqual({ runners: 'count-up,next-or,replay' });
    expect(reporter.env).toEqual({
      'COUNT-UP_RESULTS': '${{ steps.count-up.outputs.result }}',
      'NEXT-OR_RESULTS': '${{ steps.next-or.outputs.result }}',
      REPLAY_RESULTS: '${{ steps.replay.outputs.result }}',
    });
    expect(files['workflows/classroom.yml']).toContain('# Made by `npm run classroom -- --chapters 1,2`');
  });

  it('writes the same tests in autograding.json, installing once in the first', () => {
    expect(JSON.parse(files['classroom/autograding.json'])).toEqual({
      tests: [
        {
          name: '1.1 Title of count-up (count-up)',
          setup: 'npm install --no-audit --no-fund',
          run: 'npm test -- --exercises count-up',
          input: '',
          output: '',
          comparison: 'included',
          timeout: 8,
          points: 5,
        },
        {
          name: '1.2 Title of next-or (next-or)',
          setup: '',
          run: 'npm test -- --exercises next-or',
          input: '',
          output: '',
          comparison: 'included',
          timeout: 3,
          points: 5,
        },
        {
          name: '2.1 Title of replay (replay)',
          setup: '',
          run: 'npm test -- --exercises replay',
          input: '',
          output: '',
          comparison: 'included',
          timeout: 3,
          points: 5,
        },
      ],
    });
  });

  it('refuses an empty selection and points that are not a whole number', () => {
    expect(() => classroomFiles([], { points: 5, generatedBy: 'x' })).toThrow('No exercises selected');
    expect(() => classroomFiles(chosen, { points: 0.5, generatedBy: 'x' })).toThrow('--points takes a whole number');
  });

  it('`npm run classroom -- --chapters 1,2 --out <dir>` writes both files for this course', () => {
    const out = mkdtempSync(join(tmpdir(), 'classroom-'));
    const tsx = resolve('node_modules/.bin/tsx');
    const printed = execFileSync(tsx, ['scripts/classroom.ts', '--chapters', '1,2', '--points', '10', '--out', out], { encoding: 'utf8' });
    expect(readdirSync(out).sort()).toEqual(['classroom', 'workflows']);
    const real = inLanguage(loadExercises('.'), 'typescript').filter((e) => e.chapterOrder <= 2);
    const workflow = load(readFileSync(join(out, 'workflows/classroom.yml'), 'utf8')) as Workflow;
    const ids = workflow.jobs['run-autograding-tests'].steps.filter((s) => s.id).map((s) => s.id);
    expect(ids).toEqual(real.map((e) => e.id));
    expect(JSON.parse(readFileSync(join(out, 'classroom/autograding.json'), 'utf8')).tests).toHaveLength(real.length);
    expect(printed).toContain(`${real.length} exercises`);
    expect(printed).toContain(`${10 * real.length} in all`);
  });

  it('`npm run classroom` exits with 2 and a reason for a chapter that does not exist', () => {
    const tsx = resolve('node_modules/.bin/tsx');
    let status = 0;
    let stderr = '';
    try {
      execFileSync(tsx, ['scripts/classroom.ts', '--chapters', '99', '--out', mkdtempSync(join(tmpdir(), 'classroom-'))], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toContain('There is no chapter 99');
  });
});
