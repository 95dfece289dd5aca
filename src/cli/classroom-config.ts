import type { ExerciseIn as Exercise } from '../course/exercise-loader';

/**
 * GitHub Classroom autograding for a set of exercises: one test per exercise,
 * each running `npm test -- --exercises <id>` (exit code 0 only when that
 * exercise is solved), worth `points`, stopped after a timeout.
 *
 * Two files, both GitHub Classroom formats:
 * - `workflows/classroom.yml`: the workflow Classroom runs on every push. It
 *   must be named "Autograding Tests" with one job `run-autograding-tests`
 *   (Classroom reads the score from that run). Each test is a step of
 *   `classroom-resources/autograding-command-grader@v1` (inputs test-name,
 *   setup-command, command, timeout in minutes, max-score; it passes when the
 *   command exits with 0 and never fails the step itself); then
 *   `classroom-resources/autograding-grading-reporter@v1` collects them: its
 *   `runners` input lists the step ids, and each result arrives in the env
 *   variable `<STEP ID IN CAPITALS>_RESULTS`.
 * - `classroom/autograding.json`: the same tests in Classroom's older format
 *   (`{ tests: [{ name, setup, run, input, output, comparison, timeout, points }] }`,
 *   read by `education/autograding`), also a list to copy into Classroom's
 *   "Run command" test form.
 */
export interface ClassroomOptions {
  /** Points for each solved exercise. */
  points: number;
  /** How the files were made, for the comment at their top (`npm run classroom -- --chapters 3,4`). */
  generatedBy: string;
  /** Node.js major version for the workflow. */
  nodeVersion?: string;
}

export interface ClassroomTest {
  id: string;
  /** Step id in the workflow: the exercise id (a step id must start with a letter). */
  stepId: string;
  name: string;
  command: string;
  timeoutMinutes: number;
  points: number;
}

/**
 * Time for Node, Vitest and the course's type-check to start on a hosted
 * runner, before the exercise's own limit: `npm test` takes 15–40 s for one
 * exercise, so two minutes leave room for a slow runner.
 */
export const START_UP_ALLOWANCE_MS = 120_000;
/** The install (npm install: npm ci refuses lockfiles written without other platforms' optional packages) runs once, in the first test of autograding.json (the workflow installs in a step of its own). */
export const INSTALL_ALLOWANCE_MINUTES = 5;

/** Whole minutes (Classroom's unit): start-up plus the exercise's `timeoutMs`, rounded up. */
export function timeoutMinutes(exercise: Exercise): number {
  return Math.ceil((START_UP_ALLOWANCE_MS + exercise.meta.timeoutMs) / 60_000);
}

export function classroomTests(exercises: Exercise[], points: number): ClassroomTest[] {
  return exercises.map((exercise) => ({
    id: exercise.id,
    stepId: /^[a-z]/.test(exercise.id) ? exercise.id : `x-${exercise.id}`,
    name: `${exercise.chapterOrder}.${exercise.order} ${exercise.meta.title} (${exercise.id})`,
    command: `npm test -- --exercises ${exercise.id}`,
    timeoutMinutes: timeoutMinutes(exercise),
    points,
  }));
}

export function autogradingJson(tests: ClassroomTest[]): string {
  const entries = tests.map((test, index) => ({
    name: test.name,
    setup: index === 0 ? 'npm install --no-audit --no-fund' : '',
    run: test.command,
    input: '',
    output: '',
    comparison: 'included',
    timeout: test.timeoutMinutes + (index === 0 ? INSTALL_ALLOWANCE_MINUTES : 0),
    points: test.points,
  }));
  return `${JSON.stringify({ tests: entries }, null, 2)}\n`;
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
const q = (text: string) => JSON.stringify(text);

export function classroomWorkflow(tests: ClassroomTest[], options: ClassroomOptions): string {
  const lines = [
    `# GitHub Classroom autograding: one test per exercise, ${options.points} points each.`,
    `# Made by \`${options.generatedBy}\`; run it again rather than editing this file.`,
    "# Classroom reads the score from this workflow: keep its name and its one job's name.",
    'name: Autograding Tests',
    "'on':",
    '  - push',
    '  - workflow_dispatch',
    '  - repository_dispatch',
    'permissions:',
    '  checks: write',
    '  actions: read',
    '  contents: read',
    'jobs:',
    '  run-autograding-tests:',
    '    runs-on: ubuntu-latest',
    "    if: github.actor != 'github-classroom[bot]'",
    '    steps:',
    '      - name: Checkout code',
    '        uses: actions/checkout@v4',
    '      - name: Set up Node.js',
    '        uses: actions/setup-node@v4',
    '        with:',
    `          node-version: ${q(options.nodeVersion ?? '22')}`,
    '          cache: npm',
    '      - name: Install the course',
    '        run: npm install --no-audit --no-fund',
    '        timeout-minutes: 10',
  ];
  for (const test of tests) {
    lines.push(
      `      - name: ${q(test.name)}`,
      `        id: ${test.stepId}`,
      '        uses: classroom-resources/autograding-command-grader@v1',
      '        with:',
      `          test-name: ${q(test.name)}`,
      `          command: ${q(test.command)}`,
      `          timeout: ${test.timeoutMinutes}`,
      `          max-score: ${test.points}`,
    );
  }
  lines.push('      - name: Autograding Reporter', '        uses: classroom-resources/autograding-grading-reporter@v1', '        env:');
  for (const test of tests) lines.push(`          ${test.stepId.toUpperCase()}_RESULTS: "\${{ steps.${test.stepId}.outputs.result }}"`);
  lines.push('        with:', `          runners: ${tests.map((t) => t.stepId).join(',')}`);
  return `${lines.join('\n')}\n`;
}

/** The files to write, by path relative to the output folder (`.github/` in a course repository). */
export function classroomFiles(exercises: Exercise[], options: ClassroomOptions): Record<string, string> {
  if (exercises.length === 0) throw new Error('No exercises selected.');
  if (!Number.isInteger(options.points) || options.points < 1) throw new Error(`--points takes a whole number of at least 1, not "${options.points}"`);
  const tests = classroomTests(exercises, options.points);
  return {
    'classroom/autograding.json': autogradingJson(tests),
    'workflows/classroom.yml': classroomWorkflow(tests, options),
  };
}
