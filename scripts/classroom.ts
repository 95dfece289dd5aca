/**
 * `npm run classroom -- --chapters 3,4 | --exercises take,chain [--points 10] [--lang ts|py] [--out .github/]`
 * Writes autograding for the chosen exercises, for two routes:
 * `<out>/workflows/autograding.yml` (a plain GitHub Actions workflow) and
 * `<out>/classroom50/tests.json` (Classroom 50's declarative tests)
 * (formats: src/cli/classroom-config.ts; the steps: docs/teaching.md and /teach/ on the site).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadCourseExercises } from '../src/cli/course-target';
import { selectExercises } from '../src/cli/select-exercises';
import { parseCourseArgs, UsageError } from '../src/cli/course-args';
import { autogradingFiles, CLASSROOM50_LIMITS } from '../src/cli/classroom-config';

const args = process.argv.slice(2);
const USAGE = 'Usage: npm run classroom -- --chapters 3,4 | --exercises take,chain [--points 10] [--lang ts|py] [--out .github/]';
const HELP = `${USAGE}

Writes autograding for the chosen exercises: one test per exercise, each
running \`npm test -- <exercise>\`, which passes only when that exercise is solved
(a project: one test per milestone, \`npm test -- <project> --milestone N\`).

Options:
  --chapters 3,4        every exercise of these chapters (also --chapter)
  --exercises take,chain  these exercises (also --exercise, or names as arguments);
                        with neither option, every exercise
  --points N            points for each solved exercise, 1 to ${CLASSROOM50_LIMITS.points} (default 10)
  --lang ts|py          the track to grade: ts (TypeScript, the default) or py
                        (Python; only exercises that have a Python track)
  --out DIR             the folder to write into (default .github/)
  -h, --help            this text

Files written:
  <out>/workflows/autograding.yml
      A GitHub Actions workflow for any repository: installs the course, runs
      one step per exercise, and writes a table of results and points to the
      run's summary page; the run fails if any exercise fails.
  <out>/classroom50/tests.json
      Classroom 50's declarative tests: a zero-point "setup" test that
      installs the course, then one "run" test per exercise (${CLASSROOM50_LIMITS.tests} tests at most).
      Add them with: gh teacher assignment add ... --tests <out>/classroom50/tests.json

Each exercise's test may take 2 minutes plus the exercise's own time limit;
code that never ends is stopped by the grader after that limit.`;

try {
  const { values, selection } = parseCourseArgs(args, { out: { type: 'string', default: '.github/' }, points: { type: 'string', default: '10' } }, USAGE);
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const out = values.out;
  const points = Number(values.points);
  if (!out) throw new UsageError('--out takes a folder, such as .github/');
  if (!Number.isInteger(points) || points < 1 || points > CLASSROOM50_LIMITS.points) {
    throw new UsageError(`--points takes a whole number from 1 to ${CLASSROOM50_LIMITS.points}, not "${values.points}"`);
  }
  const python = selection.language === 'python';
  const { exercises, label } = (() => {
    try {
      return selectExercises(loadCourseExercises(selection.language), selection);
    } catch (error) {
      if (!python) throw error;
      // A name that is only in the TypeScript track gets a clearer message than "Nothing matches".
      const inPython = new Set(loadCourseExercises('python').map((e) => e.id));
      const missing = selectExercises(loadCourseExercises(), { ...selection, language: 'typescript' }).exercises.filter((e) => !inPython.has(e.id));
      if (missing.length === 0) throw error;
      throw new UsageError(
        `--lang py: ${missing.map((e) => e.id).join(', ')} ${missing.length === 1 ? 'has' : 'have'} no Python track. Leave ${missing.length === 1 ? 'it' : 'them'} out, or use --lang ts.`,
      );
    }
  })();
  if (exercises.length === 0) throw new UsageError(`--lang py: ${label} has no exercises with a Python track.`);
  const files = autogradingFiles(exercises, { points, language: selection.language, generatedBy: ['npm run classroom --', ...args].join(' ') });
  const root = resolve(out);
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${relative(process.cwd(), file) || file}`);
  }
  console.log(
    `\nAutograding for ${label}${python ? ' (Python track)' : ''}: ${exercises.length} exercise${exercises.length === 1 ? '' : 's'} (${exercises.map((e) => e.id).join(', ')}), ` +
      `${points} point${points === 1 ? '' : 's'} each, ${points * exercises.length} in all.\n` +
      'Commit the workflow to the repository students work in, or add tests.json to a Classroom 50 assignment with `gh teacher assignment add … --tests`; ' +
      'the steps are in docs/teaching.md and on the site’s “For teachers” page.',
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
