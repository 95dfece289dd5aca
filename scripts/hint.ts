/**
 * `npm run hint -- <exercise> [--all]`: shows the hints revealed so far and the next one.
 */
import { orExit, parseCourseArgs, UsageError } from '../src/cli/course-args';
import { courseRoot, loadCourseExercises } from '../src/cli/course-target';
import { readLocalState, writeLocalState } from '../src/cli/local-state';
import { selectExercises } from '../src/cli/select-exercises';

const USAGE = 'Usage: npm run hint -- <exercise> [--all] [--lang py]   (for example: npm run hint -- take)';

function pickExercise() {
  const { values, selection } = parseCourseArgs(process.argv.slice(2), { all: { type: 'boolean' } }, USAGE);
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (selection.names.length !== 1 || selection.chapters.length > 0) throw new UsageError(USAGE);
  const [name] = selection.names;
  const { exercises } = selectExercises(loadCourseExercises(selection.language), { names: [name], chapters: [], language: selection.language });
  if (exercises.length !== 1 && !exercises.some((e) => e.id === name)) {
    throw new UsageError(`"${name}" names ${exercises.length} exercises (${exercises.map((e) => e.id).join(', ')}): name one of them.`);
  }
  return { exercise: exercises.find((e) => e.id === name) ?? exercises[0], all: values.all ?? false, language: selection.language };
}

const { exercise, all, language } = orExit(pickExercise);
const { hints } = exercise.track;
const state = readLocalState(courseRoot);
// Each track has hints of its own, counted apart.
const key = language === 'python' ? `${exercise.id}:python` : exercise.id;
const shown = all ? hints.length : Math.min((state.hintsShown[key] ?? 0) + 1, hints.length);
state.hintsShown[key] = Math.max(shown, state.hintsShown[key] ?? 0);
writeLocalState(courseRoot, state);

console.log(`${exercise.meta.title} (exercises/${exercise.folder}/${exercise.track.stub})\n`);
hints.slice(0, shown).forEach((hint, i) => console.log(`Hint ${i + 1} of ${hints.length}: ${hint}\n`));
console.log(
  shown < hints.length
    ? `Run the same command again for hint ${shown + 1}.`
    : 'That was the last hint. The reference solution is in solutions/, at the same path — compare once you have tried.',
);
