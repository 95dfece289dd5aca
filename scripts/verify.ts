/**
 * `npm run verify`: the course's own suite, in order:
 *   type check · lint · unit tests · every solution passes · every untouched stub fails ·
 *   every plausible wrong solution fails · the same three for the Python tracks ·
 *   every lesson sample prints what its lesson says · the site builds · browser tests ·
 *   the site builds under a sub-path · browser tests there (navigating, solving, search,
 *   a teacher's link, a missing page, offline use and updates).
 * Ends with `N passed, N failed` over all of them.
 */
import { spawnSync } from 'node:child_process';
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

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env }, maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, seconds: (Date.now() - started) / 1000 };
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string; fullName: string; failureMessages: string[] }[] }[];
}

function vitestJson(config: string, env: Record<string, string> = {}, files: string[] = []): { report: VitestJson | null; output: string; seconds: number } {
  const outputFile = join(scratch, `${Math.random().toString(36).slice(2)}.json`);
  const { output, seconds } = run('npx', ['vitest', 'run', '--config', config, '--reporter=json', `--outputFile=${outputFile}`, ...files], env);
  try {
    return { report: JSON.parse(readFileSync(outputFile, 'utf8')), output, seconds };
  } catch {
    return { report: null, output, seconds };
  }
}

/** A command that passes or fails as a whole: 1 passed or 1 failed, with its output's tail when it fails. */
function wholeCommand(command: string, args: string[], env: Record<string, string> = {}): StageResult {
  const { code, output } = run(command, args, env);
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, notes: code === 0 ? [] : [output.slice(-4000)] };
}

/** A browser-test run's verdict: its tests, plus 1 failed when a file could not run at all. */
function browserTests(env: Record<string, string> = {}, files: string[] = []): StageResult {
  const { report, output } = vitestJson('tests/vitest.browser.config.ts', env, files);
  if (!report) return { passed: 0, failed: 1, notes: [output.slice(-3000)] };
  const notes = report.testResults.flatMap((f) => [
    ...(f.message ? [`${f.name}: ${f.message.split('\n')[0]}`] : []),
    ...f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${a.fullName}: ${a.failureMessages[0]?.split('\n')[0]}`),
  ]);
  const failed = report.numFailedTests + (report.testResults.some((f) => f.message && f.assertionResults.length === 0) ? 1 : 0);
  return { passed: report.numPassedTests, failed, notes };
}

/**
 * The course built to be served under a sub-path, as on GitHub Pages
 * (https://you.github.io/generators/): a second build, in its own folder,
 * and the browser tests that walk every kind of URL the site makes.
 */
const SUB_PATH = { COURSE_BASE: '/generators/', COURSE_DIST: 'dist-generators' };
const SUB_PATH_TESTS = ['tests/browser/hosting.test.ts', 'tests/browser/offline.test.ts'];

const stages: [string, () => StageResult | Promise<StageResult>][] = [
  ['the code type-checks, each runtime against its own globals', () => wholeCommand('npm', ['run', '--silent', 'typecheck'])],
  ['formatting and lint', () => wholeCommand('npm', ['run', '--silent', 'lint'])],
  [
    'unit tests',
    () => {
      const { report, output } = vitestJson('tests/vitest.unit.config.ts');
      if (!report) return { passed: 0, failed: 1, notes: [output.slice(-3000)] };
      const notes = report.testResults.flatMap((f) =>
        f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${a.fullName}: ${a.failureMessages[0]?.split('\n')[0]}`),
      );
      return { passed: report.numPassedTests, failed: report.numFailedTests, notes };
    },
  ],
  ['every solution passes its tests', () => proveSolutionsPass()],
  ['every untouched stub fails its tests', () => proveStubsFail()],
  ['every plausible wrong solution fails', () => proveWrongSolutionsFail()],
  // The Python tracks, by the browser's Python harness in Pyodide (as npm test -- --lang py grades them).
  ['every Python solution passes its tests', () => proveSolutionsPass(loadCourseExercises('python'))],
  ['every untouched Python stub fails its tests', () => proveStubsFail(loadCourseExercises('python'))],
  ['every plausible wrong Python solution fails', () => proveWrongSolutionsFail(loadCourseExercises('python'))],
  [
    'every lesson sample prints what its lesson says',
    () => {
      const { code, output } = run('npm', ['run', '--silent', 'check:samples']);
      const match = /samples: (\d+) passed, (\d+) failed/.exec(output);
      if (!match) return { passed: 0, failed: 1, notes: [output.slice(-3000)] };
      const failed = Number(match[2]) + (code !== 0 && Number(match[2]) === 0 ? 1 : 0);
      return { passed: Number(match[1]), failed, notes: failed ? [output.slice(-4000)] : [] };
    },
  ],
  ['the site builds', () => wholeCommand('npm', ['run', '--silent', 'build'])],
  ['browser tests', () => browserTests()],
  [`the site builds under ${SUB_PATH.COURSE_BASE}`, () => wholeCommand('npm', ['run', '--silent', 'build'], SUB_PATH)],
  [`browser tests under ${SUB_PATH.COURSE_BASE}`, () => browserTests(SUB_PATH, SUB_PATH_TESTS)],
];

let passed = 0;
let failed = 0;
const started = Date.now();
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
const seconds = (Date.now() - started) / 1000;
console.log(`\nverify took ${seconds.toFixed(0)} s`);
if (only.length === 0) {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/verify-duration.json', JSON.stringify({ seconds, at: new Date().toISOString() }));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
