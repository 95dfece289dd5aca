/**
 * `npm test [-- <exercise|chapter> …] [--chapter N] [--exercises a,b] [--watch]`
 * Checks your exercises with their hidden tests (and the type-checker) and
 * prints how far you are. Exit code 0 only when every selected exercise is solved.
 */
import { startVitest } from 'vitest/node';
import { loadCourseExercises, courseRoot } from '../src/local/course-target';
import { CourseReporter } from '../src/local/course-reporter';
import { selectExercises } from '../src/local/select-exercises';

const args = process.argv.slice(2);
const watch = args.includes('--watch');
let selection;
try {
  selection = selectExercises(loadCourseExercises(), args.filter((a) => a !== '--watch'));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

console.log(`Checking ${selection.label} (${selection.exercises.length})…`);
const reporter = new CourseReporter(selection.exercises, {
  detailFor: selection.exercises.length <= 3 ? 'all' : 'first',
  onStall(message) {
    console.error(message);
    process.exit(1);
  },
});
const vitest = await startVitest('test', selection.exercises.map((e) => e.testFile), {
  root: courseRoot,
  config: 'vitest.config.ts',
  watch,
  reporters: [reporter],
});
if (!watch) {
  const failed = vitest.state.getFiles().some((file) => file.result?.state !== 'pass') || vitest.state.getCountOfFailedTests() > 0;
  await vitest.close();
  process.exit(failed || selection.exercises.length === 0 ? 1 : 0);
}
