import { startVitest } from 'vitest/node';
import type { ExerciseIn as Exercise } from '../course/exercise-loader';
import { courseRoot } from './course-target';
import { CourseReporter } from './course-reporter';
import type { ExerciseOutcome } from './course-summary';

/**
 * Runs the hidden tests of `exercises` under Vitest with the course reporter
 * (type gate, time limits, summary). Used by `npm test` and `npm run report`.
 */
export async function runLocalGrader(
  exercises: Exercise[],
  options: { watch?: boolean; print?: boolean; onStall(message: string): void },
): Promise<{ outcomes: ExerciseOutcome[]; failed: boolean }> {
  let outcomes: ExerciseOutcome[] = [];
  const reporter = new CourseReporter(exercises, {
    detailFor: exercises.length <= 3 ? 'all' : 'first',
    print: options.print,
    onStall: options.onStall,
    onOutcomes: (o) => (outcomes = o),
  });
  const vitest = await startVitest('test', exercises.map((e) => e.testFile), {
    root: courseRoot,
    config: 'vitest.config.ts',
    watch: options.watch ?? false,
    reporters: [reporter],
  });
  if (options.watch) return { outcomes, failed: false };
  const failed = vitest.state.getFiles().some((file) => file.result?.state !== 'pass') || vitest.state.getCountOfFailedTests() > 0;
  await vitest.close();
  return { outcomes, failed: failed || exercises.length === 0 };
}
