import type { Diagnostic, Verdict } from '../grader/protocol/verdict';
import { timeoutExplanation } from '../grader/protocol/verdict-words';
import type { ExerciseIn as Exercise } from '../course/exercise-loader';
import { type MilestoneResult, milestoneResults } from '../grader/protocol/milestones';

export interface FailureDetail {
  test: string;
  message: string;
  diff?: string;
}

export interface ExerciseOutcome {
  exercise: Exercise;
  /** solved: type-checks and every test passes. */
  status: 'solved' | 'unsolved' | 'stopped';
  passed: number;
  total: number;
  failures: FailureDetail[];
  /** A project's milestones (exercise.json `milestones`), in order; absent for a one-milestone exercise. */
  milestones?: MilestoneResult[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function details(outcome: ExerciseOutcome, limit: number): string[] {
  const lines: string[] = [];
  for (const failure of outcome.failures.slice(0, limit)) {
    lines.push(`    ✗ ${failure.test}`);
    for (const line of failure.message.split('\n')) lines.push(`      ${line}`);
    if (failure.diff) for (const line of failure.diff.split('\n')) lines.push(`      ${line}`);
  }
  if (outcome.failures.length > limit) lines.push(`    … and ${plural(outcome.failures.length - limit, 'more failing test')}`);
  return lines;
}

/**
 * The course-shaped report `npm test` prints: each exercise by chapter, the
 * failures of the first unsolved one (or of each, when only a few were
 * asked for), a count per chapter, and where to go next.
 */
export function formatSummary(outcomes: ExerciseOutcome[], options: { detailFor: 'first' | 'all' }): string {
  const lines: string[] = [];
  const firstOpen = outcomes.find((o) => o.status !== 'solved');
  let chapter = '';
  for (const outcome of outcomes) {
    const { exercise } = outcome;
    if (exercise.chapter !== chapter) {
      chapter = exercise.chapter;
      const inChapter = outcomes.filter((o) => o.exercise.chapter === chapter);
      const solved = inChapter.filter((o) => o.status === 'solved').length;
      lines.push('', `Chapter ${exercise.chapterOrder} · ${chapter}  (${solved}/${inChapter.length} solved)`);
    }
    const mark = outcome.status === 'solved' ? '✓' : '✗';
    const state =
      outcome.status === 'solved' ? 'solved' : outcome.status === 'stopped' ? 'stopped: ran too long' : `${outcome.passed}/${outcome.total} tests pass`;
    lines.push(`  ${mark} ${exercise.id.padEnd(24)} ${state}`);
    outcome.milestones?.forEach((m) => {
      // Its number in the project (`--milestone 2` shows the second one only, still numbered 2).
      const number = (exercise.meta.milestones?.findIndex((declared) => declared.id === m.id) ?? -1) + 1;
      lines.push(`      ${m.passed ? '✓' : '·'} milestone ${number} · ${m.title.padEnd(36)} ${m.passedTests}/${m.total} tests pass`);
    });
    if (outcome.status !== 'solved' && (options.detailFor === 'all' || outcome === firstOpen)) lines.push(...details(outcome, 3));
  }
  const solved = outcomes.filter((o) => o.status === 'solved').length;
  lines.push('', `Solved ${solved} of ${plural(outcomes.length, 'exercise')}.`);
  if (firstOpen) {
    lines.push(
      `Next: exercises/${firstOpen.exercise.folder}/${firstOpen.exercise.track.stub}`,
      `Hint: ${firstOpen.exercise.track.hints[0]}`,
      `(more hints: npm run hint -- ${firstOpen.exercise.id} · check just this one: npm test -- ${firstOpen.exercise.id})`,
    );
  } else if (outcomes.length > 0) {
    lines.push('Every selected exercise is solved. Well done!');
  }
  return lines.join('\n');
}

/** A check's verdict as the summary reports it: its state, its counts, and what failed, in words. */
export function outcomeOf(exercise: Exercise, verdict: Verdict): ExerciseOutcome {
  const { outcome } = verdict;
  const failures: FailureDetail[] = [];
  const where = (d: Diagnostic) => `${d.file === 'code' ? (d.module ?? exercise.track.stub) : exercise.track.test}:${d.line}:${d.column}`;
  // Python's only diagnostics are syntax errors, whose message names them (`SyntaxError: …`).
  const compilerErrors = verdict.diagnostics.map((d) =>
    exercise.language === 'python' ? `${where(d)} ${d.message}` : `${where(d)} error TS${d.code}: ${d.message}`,
  );
  if (outcome.kind === 'not-run') failures.push({ test: '(compiling)', message: [outcome.reason, ...compilerErrors].join('\n') });
  else if (compilerErrors.length > 0) {
    failures.push({ test: 'type-checks', message: `TypeScript found ${plural(compilerErrors.length, 'type error')}:\n${compilerErrors.join('\n')}` });
  }
  if (outcome.kind === 'load-error') failures.push({ test: '(loading the file)', message: outcome.failure.message });
  if (outcome.kind === 'crashed') failures.push({ test: '(the test runner)', message: `The test run crashed: ${outcome.message}` });
  if (outcome.kind === 'timeout')
    failures.push({
      test: outcome.testPath?.join(' > ') ?? '(loading the file)',
      message: timeoutExplanation(outcome.limitMs, outcome.testPath, exercise.language),
    });
  for (const test of verdict.tests) {
    if (test.status !== 'fail' || !test.failure) continue;
    const calls = test.failure.calls?.length ? `\n\nThe last calls on generators before it failed:\n${test.failure.calls.map((c) => `  ${c}`).join('\n')}` : '';
    failures.push({ test: test.path.join(' > '), message: test.failure.message + calls, ...(test.failure.diff ? { diff: test.failure.diff } : {}) });
  }
  if (outcome.kind === 'finished') for (const failure of outcome.unhandled ?? []) failures.push({ test: '(after the tests)', message: failure.message });
  const passed = verdict.tests.filter((t) => t.status === 'pass').length;
  const status = verdict.solved ? 'solved' : outcome.kind === 'timeout' ? 'stopped' : 'unsolved';
  const milestones = exercise.meta.milestones ? { milestones: milestoneResults(exercise.meta.milestones, verdict, exercise.language) } : {};
  return { exercise, status, passed, total: verdict.tests.length, failures, ...milestones };
}
