/**
 * `npm run hint -- <exercise>`: shows the hints revealed so far and the next one.
 * `--all` shows every hint at once.
 */
import { courseRoot, loadCourseExercises } from '../src/local/course-target';
import { readLocalState, writeLocalState } from '../src/local/local-state';
import { selectExercises } from '../src/local/select-exercises';

const args = process.argv.slice(2);
const names = args.filter((a) => a !== '--all');
if (names.length !== 1) {
  console.error('Usage: npm run hint -- <exercise>   (for example: npm run hint -- take)');
  process.exit(2);
}
let exercise;
try {
  const { exercises } = selectExercises(loadCourseExercises(), ['--exercises', names[0]]);
  exercise = exercises.find((e) => e.id === names[0]) ?? exercises[0];
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const { hints } = exercise.track;
const state = readLocalState(courseRoot);
const shown = args.includes('--all') ? hints.length : Math.min((state.hintsShown[exercise.id] ?? 0) + 1, hints.length);
state.hintsShown[exercise.id] = Math.max(shown, state.hintsShown[exercise.id] ?? 0);
writeLocalState(courseRoot, state);

console.log(`${exercise.meta.title} (exercises/${exercise.folder}/${exercise.track.stub})\n`);
hints.slice(0, shown).forEach((hint, i) => console.log(`Hint ${i + 1} of ${hints.length}: ${hint}\n`));
console.log(shown < hints.length ? `Run the same command again for hint ${shown + 1}.` : 'That was the last hint. The reference solution is in solutions/, at the same path — compare once you have tried.');
