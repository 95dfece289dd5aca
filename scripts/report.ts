/**
 * `npm run report [-- --out file.json]`: checks every exercise in exercises/
 * and writes your progress and code as the course's progress file — the same
 * file the browser's Export writes, so you can import it in the browser.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildProgressFile } from '../src/progress/export-format';
import { fingerprint } from '../src/progress/hash';
import type { ExerciseRecord } from '../src/progress/progress-types';
import { courseRoot, loadCourseExercises } from '../src/cli/course-target';
import { readLocalState } from '../src/cli/local-state';
import { pristineStub } from '../src/cli/pristine-stub';
import { jobFor } from '../src/cli/project-files';
import { gradeChecks } from '../src/cli/grade';
import { outcomeOf } from '../src/cli/course-summary';
import { orExit, parseCourseArgs } from '../src/cli/course-args';

const USAGE = 'Usage: npm run report [-- --out file.json]';
const { values } = orExit(() => parseCourseArgs(process.argv.slice(2), { out: { type: 'string', default: 'generators-progress.json' } }, USAGE));
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const { out } = values;

const exercises = loadCourseExercises();
console.log(`Checking ${exercises.length} exercises…`);
const outcomes = (await gradeChecks(exercises.map((exercise) => jobFor(exercise, 'stub')))).map(({ job, verdict }) => outcomeOf(job.exercise, verdict));
const { hintsShown } = readLocalState(courseRoot);
const records: Record<string, ExerciseRecord> = {};
for (const { exercise, status } of outcomes) {
  const code = readFileSync(exercise.stubFile, 'utf8');
  const stub = pristineStub(courseRoot, exercise) ?? code;
  const edited = code !== stub;
  const state = status === 'solved' ? 'solved' : edited ? 'attempted' : 'unsolved';
  records[exercise.id] = {
    ...(edited ? { code, stubFingerprint: fingerprint(stub) } : {}),
    state,
    checks: state === 'unsolved' ? 0 : 1,
    hintsShown: hintsShown[exercise.id] ?? 0,
    ...(state === 'solved' ? { solvedAt: new Date().toISOString() } : {}),
  };
}
writeFileSync(out, `${JSON.stringify(buildProgressFile(records, 'local'), null, 2)}\n`);
const solved = Object.values(records).filter((r) => r.state === 'solved').length;
console.log(`Wrote ${out}: ${solved} of ${exercises.length} exercises solved. Import it on the course map page (/map/) to carry on in the browser.`);
