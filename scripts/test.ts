/**
 * `npm test [-- <exercise|chapter> …] [--chapter N] [--exercises a,b] [--watch]`
 * Checks your exercises with their hidden tests (and the type-checker) and
 * prints how far you are. Exit code 0 only when every selected exercise is solved.
 */
import { loadCourseExercises } from '../src/cli/course-target';
import { runLocalGrader } from '../src/cli/run-local-grader';
import { type Selection, selectExercises } from '../src/cli/select-exercises';

const args = process.argv.slice(2);
const watch = args.includes('--watch');
let selection: Selection;
try {
  selection = selectExercises(
    loadCourseExercises(),
    args.filter((a) => a !== '--watch'),
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

console.log(`Checking ${selection.label} (${selection.exercises.length})…`);
const { failed } = await runLocalGrader(selection.exercises, {
  watch,
  onStall(message) {
    console.error(message);
    process.exit(1);
  },
});
if (!watch) process.exit(failed ? 1 : 0);
