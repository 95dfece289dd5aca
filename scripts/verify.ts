/**
 * `npm run verify`: the course's own suite. Two lanes run side by side, then
 * the tests that time what they check, alone:
 *   the site lane:  the site builds · browser tests
 *   the code lane:  type check · lint · unit tests · every solution passes · every untouched stub
 *                   fails · every plausible wrong solution fails · every lesson sample prints what
 *                   its lesson says · the site builds under /generators/ (as on GitHub Pages) ·
 *                   browser tests there (navigating, solving, search, a teacher's link, a
 *                   missing page, offline use and updates)
 *   then, alone:    the same three proofs for the Python tracks and the hostile corpora (a
 *                   runaway's end, the page's longest main-thread task): they run under time
 *                   limits, and nothing else running may skew them.
 * `npm run verify -- <words>` runs only the stages whose names contain one of the words.
 * Ends with `N passed, N failed` over all of them.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { proveSolutionsPass, proveStubsFail, proveWrongSolutionsFail } from '../src/cli/course-proofs';
import { loadCourseExercises } from '../src/cli/course-target';

interface StageResult {
  passed: number;
  failed: number;
  notes: string[];
}

const scratch = mkdtempSync(join(tmpdir(), 'verify-'));
const only = process.argv.slice(2);

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, FORCE_COLOR: '0', ...env } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number) => resolve({ code, output: Buffer.concat(chunks).toString('utf8'), seconds: (Date.now() - started) / 1000 });
    child.on('error', (error) => (chunks.push(Buffer.from(String(error))), done(1)));
    child.on('close', (code) => done(code ?? 1));
  });
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string; fullName: string; failureMessages: string[] }[] }[];
}

async function vitestJson(
  config: string,
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<{ report: VitestJson | null; output: string; seconds: number }> {
  const outputFile = join(scratch, `${Math.random().toString(36).slice(2)}.json`);
  const { output, seconds } = await run('npx', ['vitest', 'run', '--config', config, '--reporter=json', `--outputFile=${outputFile}`, ...args], env);
  try {
    return { report: JSON.parse(readFileSync(outputFile, 'utf8')), output, seconds };
  } catch {
    return { report: null, output, seconds };
  }
}

/** A command that passes or fails as a whole: 1 passed or 1 failed, with its output's tail when it fails. */
async function wholeCommand(command: string, args: string[], env: Record<string, string> = {}): Promise<StageResult> {
  const { code, output } = await run(command, args, env);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, notes: code === 0 ? [] : [output.slice(-4000)] };
}

/** A browser-test run's verdict: its tests, plus 1 failed when a file could not run at all. */
async function browserTests(args: string[], env: Record<string, string> = {}): Promise<StageResult> {
  const { report, output } = await vitestJson('tests/vitest.browser.config.ts', env, args);
  if (!report) return { passed: 0, failed: 1, notes: [output.slice(-3000)] };
  const notes = report.testResults.flatMap((f) => [
    ...(f.message ? [`${f.name}: ${f.message.split('\n')[0]}`] : []),
    ...f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${a.fullName}: ${a.failureMessages[0]?.split('\n')[0]}`),
  ]);
  const failed = report.numFailedTests + (report.testResults.some((f) => f.message && f.assertionResults.length === 0) ? 1 : 0);
  return { passed: report.numPassedTests, failed, notes };
}

/** A unit-test run's verdict: its tests, plus 1 failed when it could not run at all. */
async function unitTests(args: string[]): Promise<StageResult> {
  const { report, output } = await vitestJson('tests/vitest.unit.config.ts', {}, args);
  if (!report) return { passed: 0, failed: 1, notes: [output.slice(-3000)] };
  const notes = report.testResults.flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${a.fullName}: ${a.failureMessages[0]?.split('\n')[0]}`),
  );
  return { passed: report.numPassedTests, failed: report.numFailedTests, notes };
}

/**
 * The course built to be served under a sub-path, as on GitHub Pages
 * (https://you.github.io/generators/): a second build, in its own folder,
 * and the browser tests that walk every kind of URL the site makes.
 */
const SUB_PATH = { COURSE_BASE: '/generators/', COURSE_DIST: 'dist-generators' };
const SUB_PATH_TESTS = ['tests/browser/hosting.test.ts', 'tests/browser/offline.test.ts'];
/** Tests that time what they check (the page's main thread, a runaway's end): they run last, alone. */
const TIMED_BROWSER_TESTS = ['tests/browser/hostile.test.ts'];
const TIMED_UNIT_TESTS = ['tests/unit/python-hostile.test.ts'];

type Stage = [string, () => StageResult | Promise<StageResult>];

const codeLane: Stage[] = [
  ['the code type-checks, each runtime against its own globals', () => wholeCommand('npm', ['run', '--silent', 'typecheck'])],
  ['formatting and lint', () => wholeCommand('npm', ['run', '--silent', 'lint'])],
  ['unit tests', () => unitTests(TIMED_UNIT_TESTS.map((file) => `--exclude=${file}`))],
  ['every solution passes its tests', () => proveSolutionsPass()],
  ['every untouched stub fails its tests', () => proveStubsFail()],
  ['every plausible wrong solution fails', () => proveWrongSolutionsFail()],
  [
    'every lesson sample prints what its lesson says',
    async () => {
      const { code, output } = await run('npm', ['run', '--silent', 'check:samples']);
      const match = /samples: (\d+) passed, (\d+) failed/.exec(output);
      if (!match) return { passed: 0, failed: 1, notes: [output.slice(-3000)] };
      const failed = Number(match[2]) + (code !== 0 && Number(match[2]) === 0 ? 1 : 0);
      return { passed: Number(match[1]), failed, notes: failed ? [output.slice(-4000)] : [] };
    },
  ],
  [`the site builds under ${SUB_PATH.COURSE_BASE}`, () => wholeCommand('npm', ['run', '--silent', 'build'], SUB_PATH)],
  [`browser tests under ${SUB_PATH.COURSE_BASE}`, () => browserTests(SUB_PATH_TESTS, SUB_PATH)],
];

const siteLane: Stage[] = [
  ['the site builds', () => wholeCommand('npm', ['run', '--silent', 'build'])],
  ['browser tests', () => browserTests(TIMED_BROWSER_TESTS.map((file) => `--exclude=${file}`))],
];
const alone: Stage[] = [
  // The Python tracks, by the browser's Python harness in Pyodide (as npm test -- --lang py grades them), with
  // the exercises' own limits: Pyodide is slow enough that a busy machine turns a 200,000-item test into a timeout.
  ['every Python solution passes its tests', () => proveSolutionsPass(loadCourseExercises('python'))],
  ['every untouched Python stub fails its tests', () => proveStubsFail(loadCourseExercises('python'))],
  ['every plausible wrong Python solution fails', () => proveWrongSolutionsFail(loadCourseExercises('python'))],
  ['unit tests that time a runaway, run alone', () => unitTests(TIMED_UNIT_TESTS)],
  ['browser tests that time the page, run alone', () => browserTests(TIMED_BROWSER_TESTS)],
];

let passed = 0;
let failed = 0;
const started = Date.now();

async function runLane(stages: Stage[]) {
  for (const [name, stage] of stages) {
    if (only.length > 0 && !only.some((o) => name.includes(o))) continue;
    const t = Date.now();
    const result = await stage();
    passed += result.passed;
    failed += result.failed;
    const mark = result.failed === 0 ? '✓' : '✗';
    console.log(`${mark} ${name}: ${result.passed} passed, ${result.failed} failed (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    for (const note of result.notes) console.log(`    ${note.split('\n').join('\n    ')}`);
  }
}

await Promise.all([runLane(siteLane), runLane(codeLane)]);
await runLane(alone);

const seconds = (Date.now() - started) / 1000;
console.log(`\nverify took ${seconds.toFixed(0)} s`);
if (only.length === 0) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/verify-duration.json', JSON.stringify({ seconds, at: new Date().toISOString() }));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
