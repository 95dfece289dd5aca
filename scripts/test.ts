/**
 * `npm test`: checks your exercises with their hidden tests and the type
 * checker, by the browser's rules, and prints how far you are. Exit code 0
 * only when every selected exercise is solved. See USAGE.
 */
import { watch as watchFiles, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { orExit, parseCourseArgs, UsageError } from '../src/cli/course-args';
import { courseRoot, loadCourseExercises } from '../src/cli/course-target';
import { formatSummary, outcomeOf } from '../src/cli/course-summary';
import { type CheckJob, type Graded, gradeChecks } from '../src/cli/grade';
import { selectExercises } from '../src/cli/select-exercises';
import { focusMilestone, jobFor, learnerFiles } from '../src/cli/project-files';
import { notRunVerdict } from '../src/grader/protocol/verdict';

const USAGE = `Usage: npm test [-- <exercise or chapter>…] [--chapter N[,M]] [--exercises a,b] [--lang ts|py] [--milestone N] [--watch]

  npm test                     every exercise, in TypeScript
  npm test -- take             one exercise (its name, folder or file)
  npm test -- laziness         one chapter (or: --chapter 3)
  npm test -- --lang py        the Python track: your .py files (no Python install needed)
  npm test -- --watch          check again on every save
  npm test -- log-analyser --milestone 2
                               a project's second milestone only (by number or id)

Maintainers: --target solutions grades the reference solutions in place of your files;
--json FILE also writes every verdict to FILE.`;

const { values, selection: asked } = orExit(() =>
  parseCourseArgs(
    process.argv.slice(2),
    { watch: { type: 'boolean' }, target: { type: 'string', default: 'exercises' }, json: { type: 'string' }, milestone: { type: 'string' } },
    USAGE,
  ),
);
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const { exercises, label } = orExit(() => {
  if (values.target !== 'exercises' && values.target !== 'solutions') throw new UsageError(`--target takes "exercises" or "solutions", not "${values.target}"`);
  return selectExercises(loadCourseExercises(asked.language), asked);
});
const filesOf = (exercise: CheckJob['exercise']) => learnerFiles(exercise).map((f) => (values.target === 'solutions' ? f.solutionFile : f.stubFile));
const jobOf = (exercise: CheckJob['exercise']): CheckJob => jobFor(exercise, values.target === 'solutions' ? 'solution' : 'stub');
if (values.milestone !== undefined) orExit(() => exercises.forEach((e) => focusMilestone(e, notRunVerdict('', [], 0), values.milestone!)));

function report(all: Graded[]): boolean {
  const graded = values.milestone === undefined ? all : all.map((g) => ({ ...g, verdict: focusMilestone(g.job.exercise, g.verdict, values.milestone!) }));
  const outcomes = graded.map(({ job, verdict }) => outcomeOf(job.exercise, verdict));
  // Focused on one milestone: only its line is shown.
  if (values.milestone !== undefined) for (const o of outcomes) o.milestones = o.milestones?.filter((m) => m.total > 0);
  console.log(formatSummary(outcomes, { detailFor: exercises.length <= 3 ? 'all' : 'first' }));
  if (values.json) {
    const verdicts = graded.map(({ job, verdict }) => ({ exercise: job.exercise.id, folder: job.exercise.folder, verdict }));
    writeFileSync(resolve(values.json), `${JSON.stringify(verdicts, null, 2)}\n`);
  }
  return outcomes.length > 0 && outcomes.every((o) => o.status === 'solved');
}

console.log(`Checking ${label} (${exercises.length})…`);
const graded = await gradeChecks(exercises.map(jobOf));
const allSolved = report(graded);

if (!values.watch) process.exit(allSolved ? 0 : 1);

// Watch: each save of a selected exercise's file checks that exercise again.
const byFile = new Map(exercises.flatMap((e) => filesOf(e).map((file) => [resolve(file), e] as const)));
const latest = new Map(graded.map((g) => [g.job.exercise.id, g]));
let timer: ReturnType<typeof setTimeout> | undefined;
const changed = new Set<string>();
console.log('\nWatching for changes (Ctrl+C to stop)…');
watchFiles(join(courseRoot, values.target), { recursive: true }, (_event, name) => {
  const exercise = name && byFile.get(resolve(courseRoot, values.target, name.toString()));
  if (!exercise) return;
  changed.add(exercise.id);
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const again = exercises.filter((e) => changed.has(e.id));
    changed.clear();
    for (const g of await gradeChecks(again.map(jobOf))) latest.set(g.job.exercise.id, g);
    console.log(`\n— checked again: ${again.map((e) => e.id).join(', ')} —`);
    report(exercises.map((e) => latest.get(e.id)!));
  }, 100);
});
