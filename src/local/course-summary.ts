import type { ExerciseIn as Exercise } from '../course/exercise-loader';

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
    const state = outcome.status === 'solved' ? 'solved' : outcome.status === 'stopped' ? 'stopped: ran too long' : `${outcome.passed}/${outcome.total} tests pass`;
    lines.push(`  ${mark} ${exercise.id.padEnd(24)} ${state}`);
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
