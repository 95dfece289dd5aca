import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadCourseExercises } from '../../src/cli/course-target';
import { outcomeOf } from '../../src/cli/course-summary';
import { type Graded, gradeChecks } from '../../src/cli/grade';
import { hostileCases } from '../support/hostile-corpus';

/**
 * `npm test` holds the browser's promises: every hostile submission of
 * tests/hostile/ ends within its limit with the verdict its header states,
 * through the same sandbox and harness as the page (src/cli/grade.ts).
 */
const cases = hostileCases();
const exercises = new Map(loadCourseExercises().map((e) => [e.id, e]));
let graded: Graded[];
let seconds: number[];

beforeAll(async () => {
  const started = performance.now();
  const ended: number[] = [];
  graded = await gradeChecks(
    cases.map((c) => ({ exercise: exercises.get(c.exercise)!, code: c.code })),
    { onGraded: () => ended.push((performance.now() - started) / 1000) },
  );
  seconds = ended;
}, 300_000);

/** Everything `npm test` prints about a verdict. */
const wordsOf = ({ job, verdict }: Graded) =>
  [
    verdict.outcome.kind === 'not-run' ? verdict.outcome.reason : '',
    ...outcomeOf(job.exercise, verdict).failures.flatMap((f) => [f.test, f.message]),
    ...verdict.console.map((line) => line.text.slice(-200)),
  ].join('\n');

describe('npm test on the hostile corpus', () => {
  it.each(cases.map((c, i) => [c.file, i] as const))('%s: a truthful verdict', (_, i) => {
    const c = cases[i];
    const { verdict } = graded[i];
    const kind = verdict.solved ? 'solved' : verdict.outcome.kind === 'timeout' ? 'timeout' : 'failed';
    expect(kind, wordsOf(graded[i])).toBe(c.expected);
    if (c.text) expect(wordsOf(graded[i])).toContain(c.text);
    // Whatever the submission printed or threw, what comes back is small.
    expect(JSON.stringify(verdict).length).toBeLessThan(400_000);
  });

  it('ended every case in time: no run went past its limits', () => {
    expect(seconds).toHaveLength(cases.length);
    // What each case came to, for the threat model's table (test-results/ is not committed).
    const table = graded.map(({ verdict }, i) => ({
      file: cases[i].file,
      verdict: verdict.solved ? 'solved' : verdict.outcome.kind === 'timeout' ? 'timeout' : 'failed',
      ms: Math.round(verdict.durationMs),
      exitCode: verdict.solved ? 0 : 1,
    }));
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/hostile-local.json', `${JSON.stringify(table, null, 2)}\n`);
  });
});
