import type { ExerciseIn as Exercise } from '../course/exercise-loader';
import type { Language } from '../course/exercise-schema';

/**
 * Autograding for a set of exercises, one test per exercise: each runs
 * `npm test -- <id>` (`--lang py` added for the Python track), which exits
 * with 0 only when that exercise is solved, and is worth `points`.
 *
 * Two routes, now that GitHub Classroom (and its autograding actions) is
 * being retired:
 * - `workflows/autograding.yml`: a plain GitHub Actions workflow that runs in
 *   any repository on every push. One step per exercise (`continue-on-error`,
 *   so every exercise is tried), then a step that writes a table of results to
 *   the run's summary page and fails the run if any exercise failed.
 * - `classroom50/tests.json`: Classroom 50's declarative tests (a bare JSON
 *   array of `{ name, type: "run", run, timeout, points }`, timeout in seconds
 *   1–600, points 0–1000, at most 100 tests, names unique and at most 100
 *   UTF-8 bytes), for `gh teacher assignment add … --tests tests.json`. It
 *   leads with the zero-point `setup` test Classroom 50 uses for an
 *   assignment's setup command: the install.
 */
export interface AutogradingOptions {
  /** Points for each solved exercise. */
  points: number;
  /** How the files were made, for the workflow's top comment (`npm run classroom -- --chapters 3,4`). */
  generatedBy: string;
  /** Which track is graded (TypeScript unless asked). */
  language?: Language;
  /** Node.js major version for the workflow. */
  nodeVersion?: string;
}

export interface AutogradingTest {
  id: string;
  /** Step id in the workflow: the exercise id (a step id must start with a letter or `_`). */
  stepId: string;
  name: string;
  command: string;
  timeoutSeconds: number;
  points: number;
}

/** The install, run once before the tests. */
export const INSTALL_COMMAND = 'npm install --no-audit --no-fund';
/** Classroom 50's limits on declarative tests (its “Autograding Basics” page). */
export const CLASSROOM50_LIMITS = { tests: 100, nameBytes: 100, timeoutSeconds: 600, points: 1000 } as const;
/** Seconds the install may take (Classroom 50's most). */
export const INSTALL_TIMEOUT_SECONDS = 600;
/**
 * Time for Node, Vitest and the course's type-check to start on a hosted
 * runner before the exercise's own limit: `npm test` takes 15–40 s for one
 * exercise, so two minutes leave room for a slow runner. An exercise whose
 * code never ends is stopped by the local grader's own watchdog after its
 * `timeoutMs` (default 3 s), long before this.
 */
export const START_UP_ALLOWANCE_SECONDS = 120;

/** Seconds for one exercise's test: the start-up allowance plus the exercise's own limit, rounded up. */
export function timeoutSeconds(exercise: Exercise): number {
  return Math.min(CLASSROOM50_LIMITS.timeoutSeconds, START_UP_ALLOWANCE_SECONDS + Math.ceil(exercise.meta.timeoutMs / 1000));
}

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * `1.2 Title (id)`, or for a project's milestone `6.6 Title · 2 Batch entries (id)`, the
 * title shortened with `…` if the whole would pass Classroom 50's 100 bytes.
 */
function testName(exercise: Exercise, milestone?: { number: number; title: string }): string {
  const head = `${exercise.chapterOrder}.${exercise.order} `;
  const tail = `${milestone ? ` · ${milestone.number} ${milestone.title}` : ''} (${exercise.id})`;
  let title = exercise.meta.title;
  if (byteLength(head + title + tail) <= CLASSROOM50_LIMITS.nameBytes) return head + title + tail;
  while (title && byteLength(`${head}${title}…${tail}`) > CLASSROOM50_LIMITS.nameBytes) title = [...title].slice(0, -1).join('');
  return `${head}${title.trimEnd()}…${tail}`;
}

/**
 * The tests for `exercises`: one per exercise, and one per milestone of a
 * project (`npm test -- <id> --milestone N`, each worth `points`: a project's
 * stages are graded, and paid, like exercises).
 */
export function autogradingTests(exercises: Exercise[], points: number, language: Language = 'typescript'): AutogradingTest[] {
  const lang = language === 'python' ? ' --lang py' : '';
  return exercises.flatMap((exercise) => {
    const stepId = /^[A-Za-z_][A-Za-z0-9_-]*$/.test(exercise.id) ? exercise.id : `x-${exercise.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    const base = { id: exercise.id, timeoutSeconds: timeoutSeconds(exercise), points };
    const milestones = exercise.meta.milestones ?? [];
    if (milestones.length < 2) return [{ ...base, stepId, name: testName(exercise), command: `npm test -- ${exercise.id}${lang}` }];
    return milestones.map((milestone, i) => ({
      ...base,
      stepId: `${stepId}-m${i + 1}`,
      name: testName(exercise, { number: i + 1, title: milestone.title }),
      command: `npm test -- ${exercise.id}${lang} --milestone ${i + 1}`,
    }));
  });
}

/** One entry of Classroom 50's `--tests` file (only the fields this course uses). */
export interface Classroom50Test {
  name: string;
  type: 'run';
  run: string;
  timeout: number;
  points: number;
}

/** Throws, naming the test and the limit, if `tests` break one of Classroom 50's rules for declarative tests. */
export function checkClassroom50Tests(tests: Classroom50Test[]): void {
  const { tests: most, nameBytes, timeoutSeconds: longest, points: mostPoints } = CLASSROOM50_LIMITS;
  if (tests.length === 0) throw new Error('Classroom 50 needs at least one test.');
  if (tests.length > most) {
    throw new Error(
      `Classroom 50 takes at most ${most} tests per assignment; this selection makes ${tests.length} (with the setup test). Choose fewer exercises, or split them over two assignments.`,
    );
  }
  const seen = new Set<string>();
  for (const test of tests) {
    const label = `Test "${test.name}"`;
    if (!test.name) throw new Error('Every Classroom 50 test needs a name.');
    if (byteLength(test.name) > nameBytes)
      throw new Error(`${label}: Classroom 50 takes names of at most ${nameBytes} UTF-8 bytes, not ${byteLength(test.name)}.`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
    if (/[\u0000-\u001f\u007f]/.test(test.name)) throw new Error(`${label}: Classroom 50 refuses control characters in a name.`);
    if (seen.has(test.name)) throw new Error(`${label}: Classroom 50 needs every test name to be unique.`);
    seen.add(test.name);
    if (!test.run) throw new Error(`${label}: a run test needs a command.`);
    if (!Number.isInteger(test.timeout) || test.timeout < 1 || test.timeout > longest) {
      throw new Error(`${label}: Classroom 50 takes a timeout of 1 to ${longest} whole seconds, not ${test.timeout}.`);
    }
    if (!Number.isInteger(test.points) || test.points < 0 || test.points > mostPoints) {
      throw new Error(`${label}: Classroom 50 takes 0 to ${mostPoints} whole points, not ${test.points}.`);
    }
  }
}

/** Classroom 50's tests: the zero-point `setup` install, then one run test per exercise. */
export function classroom50Tests(tests: AutogradingTest[]): Classroom50Test[] {
  const entries: Classroom50Test[] = [
    { name: 'setup', type: 'run', run: INSTALL_COMMAND, timeout: INSTALL_TIMEOUT_SECONDS, points: 0 },
    ...tests.map((test) => ({ name: test.name, type: 'run' as const, run: test.command, timeout: test.timeoutSeconds, points: test.points })),
  ];
  checkClassroom50Tests(entries);
  return entries;
}

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
const q = (text: string) => JSON.stringify(text);

/**
 * The summary step's script. It reads everything from its environment
 * (`COUNT`, and `NAME_<n>`, `POINTS_<n>`, `OUTCOME_<n>` per exercise), so no
 * value is ever pasted into the shell script itself.
 */
const SUMMARY_SCRIPT = [
  'failed=0; earned=0; total=0',
  '{',
  '  echo "### Autograding"',
  '  echo',
  '  echo "| Exercise | Result | Points |"',
  '  echo "| --- | --- | --- |"',
  '  for i in $(seq 1 "$COUNT"); do',
  '    name_var="NAME_$i"; points_var="POINTS_$i"; outcome_var="OUTCOME_$i"',
  '    name="${!name_var}"; points="${!points_var}"; outcome="${!outcome_var}"',
  '    name="${name//|/\\\\|}"',
  '    total=$((total + points))',
  '    if [ "$outcome" = "success" ]; then',
  '      earned=$((earned + points)); echo "| $name | ✅ passed | $points / $points |"',
  '    else',
  '      failed=$((failed + 1)); echo "| $name | ❌ ${outcome:-not run} | 0 / $points |"',
  '    fi',
  '  done',
  '  echo "| **Total** | $((COUNT - failed)) of $COUNT passed | **$earned / $total** |"',
  '} >> "$GITHUB_STEP_SUMMARY"',
  'echo "$((COUNT - failed)) of $COUNT exercises passed: $earned / $total points."',
  'if [ "$failed" -gt 0 ]; then exit 1; fi',
];

export function autogradingWorkflow(tests: AutogradingTest[], options: AutogradingOptions): string {
  const lines = [
    `# Autograding: one step per exercise, ${options.points} points each; the run's summary page shows the table.`,
    `# Made by \`${options.generatedBy}\`; run it again rather than editing this file.`,
    'name: Autograding',
    "'on':",
    '  push:',
    '  workflow_dispatch:',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  autograding:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - name: Check out the code',
    '        uses: actions/checkout@v4',
    '      - name: Set up Node.js',
    '        uses: actions/setup-node@v4',
    '        with:',
    `          node-version: ${q(options.nodeVersion ?? '20')}`,
    '      - name: Install the course',
    `        run: ${INSTALL_COMMAND}`,
    `        timeout-minutes: ${Math.ceil(INSTALL_TIMEOUT_SECONDS / 60)}`,
  ];
  for (const test of tests) {
    lines.push(
      `      - name: ${q(test.name)}`,
      `        id: ${test.stepId}`,
      '        continue-on-error: true',
      `        timeout-minutes: ${Math.ceil(test.timeoutSeconds / 60)}`,
      `        run: ${q(test.command)}`,
    );
  }
  lines.push('      - name: Results', '        if: always()', '        shell: bash', '        env:', `          COUNT: ${q(String(tests.length))}`);
  tests.forEach((test, index) => {
    const n = index + 1;
    lines.push(
      `          NAME_${n}: ${q(test.name)}`,
      `          POINTS_${n}: ${q(String(test.points))}`,
      `          OUTCOME_${n}: \${{ steps.${test.stepId}.outcome }}`,
    );
  });
  lines.push('        run: |', ...SUMMARY_SCRIPT.map((line) => `          ${line}`));
  return `${lines.join('\n')}\n`;
}

/** The files to write, by path relative to the output folder (`.github/` in a course repository). */
export function autogradingFiles(exercises: Exercise[], options: AutogradingOptions): Record<string, string> {
  if (exercises.length === 0) throw new Error('No exercises selected.');
  if (!Number.isInteger(options.points) || options.points < 1 || options.points > CLASSROOM50_LIMITS.points) {
    throw new Error(`--points takes a whole number from 1 to ${CLASSROOM50_LIMITS.points}, not "${options.points}"`);
  }
  const tests = autogradingTests(exercises, options.points, options.language);
  return {
    'workflows/autograding.yml': autogradingWorkflow(tests, options),
    'classroom50/tests.json': `${JSON.stringify(classroom50Tests(tests), null, 2)}\n`,
  };
}
