import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ExerciseIn } from '../course/exercise-loader';
import type { Verdict } from '../grader/protocol/verdict';
import { courseRoot, loadCourseExercises } from './course-target';
import { outcomeOf } from './course-summary';
import { type CheckJob, gradeChecks } from './grade';
import { jobFor, learnerFiles } from './project-files';

/** A proof over the course's own files, as `npm run verify` counts it. */
export interface Proof {
  passed: number;
  failed: number;
  notes: string[];
}

/** Why a verdict is not what a proof wanted, in one line. */
function firstFailure(exercise: ExerciseIn, verdict: Verdict): string {
  const [failure] = outcomeOf(exercise, verdict).failures;
  return failure ? `${failure.test}: ${failure.message.split('\n').slice(0, 3).join(' ')}` : 'no test ran';
}

async function prove(
  jobs: (CheckJob & { name: string })[],
  wanted: (verdict: Verdict) => boolean,
  explain: (job: CheckJob, verdict: Verdict) => string,
): Promise<Proof> {
  const graded = await gradeChecks(jobs);
  const wrong = graded.filter(({ verdict }) => !wanted(verdict));
  return {
    passed: graded.length - wrong.length,
    failed: wrong.length,
    notes: wrong.map(({ job, verdict }, i) => `${(job as (typeof jobs)[number]).name ?? i}: ${explain(job, verdict)}`),
  };
}

const read = (file: string) => readFileSync(file, 'utf8');

/** Every reference solution is solved by `npm test`'s grader. */
export function proveSolutionsPass(exercises = loadCourseExercises()): Promise<Proof> {
  return prove(
    exercises.map((exercise) => ({ ...jobFor(exercise, 'solution'), name: exercise.folder })),
    (verdict) => verdict.solved,
    (job, verdict) => firstFailure(job.exercise, verdict),
  );
}

/** Every stub, as shipped, fails at least one of its tests: tests that cannot fail teach nothing. */
export function proveStubsFail(exercises = loadCourseExercises()): Promise<Proof> {
  return prove(
    exercises.map((exercise) => ({ ...jobFor(exercise, 'stub'), name: exercise.folder })),
    (verdict) => verdict.outcome.kind !== 'finished' || verdict.tests.some((t) => t.status === 'fail'),
    () => 'the stub passes every test — its tests cannot fail',
  );
}

/**
 * The plausible wrong solutions of each exercise's track (`solutions/<folder>/wrong/*.ts`, or `*.py` for Python).
 * A project's wrong design is a folder, `wrong/<name>/`, holding the files that differ from the solution.
 */
export function wrongSolutions(exercises = loadCourseExercises()): (CheckJob & { name: string })[] {
  return exercises.flatMap((exercise) => {
    const dir = join(courseRoot, 'solutions', exercise.folder, 'wrong');
    if (!existsSync(dir)) return [];
    const project = exercise.extraFiles.length > 0;
    const names = new Set(learnerFiles(exercise).map((f) => f.name));
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) =>
        project
          ? entry.isDirectory() && readdirSync(join(dir, entry.name)).some((file) => names.has(file))
          : entry.isFile() && extname(entry.name) === extname(exercise.track.stub),
      )
      .map((entry) => entry.name)
      .sort()
      .map((name) =>
        project
          ? { ...jobFor(exercise, 'solution', join(dir, name)), name: `${exercise.folder}/wrong/${name}/` }
          : { exercise, code: read(join(dir, name)), name: `${exercise.folder}/wrong/${name}` },
      );
  });
}

/** Every plausible wrong solution fails: a mistake the tests let pass is a test to write. */
export function proveWrongSolutionsFail(exercises = loadCourseExercises()): Promise<Proof> {
  return prove(
    wrongSolutions(exercises),
    (verdict) => !verdict.solved,
    () => 'this wrong solution passes every test: strengthen the tests so they catch it',
  );
}
