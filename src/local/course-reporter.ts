import type { Reporter, TestModule } from 'vitest/node';
import type { ExerciseIn as Exercise } from '../course/exercise-loader';
import { formatSummary, type ExerciseOutcome, type FailureDetail } from './course-summary';

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Vitest reporter for `npm test`: prints the course summary instead of
 * Vitest's own listing, and stops a run whose test never yields (a
 * synchronous endless loop, which Vitest's own timeout cannot interrupt).
 */
export class CourseReporter implements Reporter {
  private lastEvent = Date.now();
  private readonly running = new Set<string>();
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private readonly byTestFile: Map<string, Exercise>;

  constructor(
    private readonly exercises: Exercise[],
    private readonly options: { detailFor: 'first' | 'all'; onStall(message: string): void; print?: boolean; onOutcomes?(outcomes: ExerciseOutcome[]): void },
  ) {
    this.byTestFile = new Map(exercises.map((e) => [e.testFile, e]));
  }

  private touch() {
    this.lastEvent = Date.now();
  }

  onTestRunStart() {
    this.touch();
    const limit = Math.max(...this.exercises.map((e) => e.meta.timeoutMs)) + 3000;
    clearInterval(this.watchdog);
    this.watchdog = setInterval(() => {
      if (this.running.size === 0 || Date.now() - this.lastEvent < limit) return;
      clearInterval(this.watchdog);
      const names = [...this.running].map((file) => this.byTestFile.get(file)?.id ?? file).join(', ');
      this.options.onStall(
        `\nStopped: the tests of ${names} have not finished after ${Math.round(limit / 1000)} s.\n` +
          'The code most likely never finishes: a loop whose condition never becomes false, spreading (or Array.from-ing)\n' +
          'an infinite generator, or a recursion without a base case. Make sure every loop ends, and take only as many items as you need.',
      );
    }, 500);
    this.watchdog.unref?.();
  }

  onTestModuleStart(module: TestModule) {
    this.running.add(module.moduleId);
    this.touch();
  }
  onTestCaseReady() {
    this.touch();
  }
  onTestCaseResult() {
    this.touch();
  }
  onTestModuleEnd(module: TestModule) {
    this.running.delete(module.moduleId);
    this.touch();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    clearInterval(this.watchdog);
    const byFile = new Map(modules.map((m) => [m.moduleId, m]));
    const outcomes = this.exercises.map((exercise) => outcomeOf(exercise, byFile.get(exercise.testFile)));
    this.options.onOutcomes?.(outcomes);
    if (this.options.print !== false) process.stdout.write(`${formatSummary(outcomes, { detailFor: this.options.detailFor })}\n`);
  }
}

export function outcomeOf(exercise: Exercise, module: TestModule | undefined): ExerciseOutcome {
  if (!module) return { exercise, status: 'unsolved', passed: 0, total: 0, failures: [{ test: '(tests did not run)', message: 'The test file was not run.' }] };
  const failures: FailureDetail[] = module.errors().map((error) => ({ test: '(loading the file)', message: (error.message ?? String(error)).replace(ANSI, '') }));
  let passed = 0;
  let total = 0;
  for (const test of module.children.allTests()) {
    total += 1;
    const result = test.result();
    if (result.state === 'passed') passed += 1;
    else {
      const error = result.state === 'failed' ? result.errors[0] : undefined;
      failures.push({
        test: test.fullName,
        message: (error?.message ?? result.state).replace(ANSI, ''),
        ...(error?.diff ? { diff: error.diff.replace(ANSI, '') } : {}),
      });
    }
  }
  const solved = failures.length === 0 && total > 0;
  return { exercise, status: solved ? 'solved' : 'unsolved', passed, total, failures };
}
