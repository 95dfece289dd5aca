import { describe, expect, it } from 'vitest';
import { MAX_CODE_BYTES } from '../../src/grader/protocol/limits';
import { notRunVerdict, type RunOutcome, SYNTAX_ERROR_REASON, type Verdict } from '../../src/grader/protocol/verdict';
import type { Grade } from '../../src/teach/class-table';
import { type GradingJob, GradingQueue, judge } from '../../src/teach/grading-queue';

const ran = (outcome: RunOutcome, solved = false): Verdict => ({
  diagnostics: [],
  tests: solved ? [{ path: ['t'], status: 'pass', durationMs: 1 }] : [],
  console: [],
  outcome,
  solved,
  durationMs: 1,
});
const SOLVED = ran({ kind: 'finished' }, true);
const FAILING = ran({ kind: 'finished' });
const TIMEOUT = ran({ kind: 'timeout', limitMs: 3000, testPath: null });
const CRASHED = ran({ kind: 'crashed', message: 'the grading process stopped' });

const job = (key: string, exerciseId = 'ex', code = key): GradingJob => ({ key, exerciseId, language: 'typescript', code, label: key });

/**
 * A queue over a fake grader: `verdicts` says what each check of a key answers, in turn. The log records
 * each check's start (with whether it ran alone and what ran beside it) and each grade.
 */
function harness(verdicts: Record<string, Verdict[]>, concurrency = 2, wanted: (key: string) => boolean = () => true) {
  const started: { key: string; alone: boolean; beside: string[] }[] = [];
  const graded = new Map<string, Grade>();
  const running = new Set<string>();
  let waiting: (() => void)[] = [];
  /** Resolves when the queue next has nothing to do. */
  const whenIdle = () => new Promise<void>((resolve) => waiting.push(resolve));
  const queue: GradingQueue = new GradingQueue(
    {
      async check(j) {
        running.add(j.key);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running.delete(j.key);
        return verdicts[j.key].shift() ?? FAILING;
      },
      starting(j, alone) {
        started.push({ key: j.key, alone, beside: [...running] });
      },
      graded(j, grade) {
        graded.set(j.key, grade);
      },
      wanted,
      changed() {
        if (!queue?.idle) return;
        for (const resolve of waiting) resolve();
        waiting = [];
      },
    },
    concurrency,
  );
  return { queue, started, graded, whenIdle };
}

describe('the class view’s grading queue', () => {
  it('grades identical code once, however many hand-ins hold it', async () => {
    const { queue, started, graded, whenIdle } = harness({ a: [SOLVED], b: [FAILING] });
    for (const key of ['a', 'a', 'b', 'a']) queue.add(job(key));
    await whenIdle();
    expect(started.map((s) => s.key)).toEqual(['a', 'b']);
    expect(Object.fromEntries(graded)).toEqual({ a: { solved: true }, b: { solved: false } });
    expect([queue.done, queue.total]).toEqual([2, 2]);
  });

  it('runs a few at a time, taking one exercise’s code together', async () => {
    const { queue, started, whenIdle } = harness({ a1: [], b1: [], a2: [], b2: [], a3: [] }, 1);
    for (const [key, exercise] of [
      ['a1', 'A'],
      ['b1', 'B'],
      ['a2', 'A'],
      ['b2', 'B'],
      ['a3', 'A'],
    ])
      queue.add(job(key, exercise));
    await whenIdle();
    expect(started.map((s) => s.key)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);

    const two = harness({ x: [], y: [], z: [] }, 2);
    for (const key of ['x', 'y', 'z']) two.queue.add(job(key));
    await two.whenIdle();
    expect(Math.max(...two.started.map((s) => s.beside.length + 1))).toBe(2);
  });

  it('checks a timeout once more before calling it one', async () => {
    const { queue, started, graded, whenIdle } = harness({ loop: [TIMEOUT, TIMEOUT], slow: [TIMEOUT, SOLVED] });
    queue.add(job('loop'));
    queue.add(job('slow'));
    await whenIdle();
    expect(started.map((s) => s.key).sort()).toEqual(['loop', 'loop', 'slow', 'slow']);
    expect(graded.get('loop')).toEqual({ solved: false, timedOut: true });
    expect(graded.get('slow')).toEqual({ solved: true });
  });

  it('checks alone whatever ran when the grading process was lost: only the code that loses it again, alone, fails', async () => {
    // The hog takes the process down each time; the innocent code beside it the first time is lost with it.
    const { queue, started, graded, whenIdle } = harness({ hog: [CRASHED, CRASHED], innocent: [CRASHED, SOLVED], later: [SOLVED] });
    queue.add(job('hog'));
    queue.add(job('innocent'));
    queue.add(job('later'));
    await whenIdle();
    expect(graded.get('hog')).toEqual({ solved: false, crashed: true });
    expect(graded.get('innocent')).toEqual({ solved: true });
    expect(graded.get('later')).toEqual({ solved: true });
    for (const s of started.filter((s) => s.alone)) expect(s.beside).toEqual([]);
    expect(started.filter((s) => s.alone).map((s) => s.key)).toEqual(['hog', 'innocent']);
  });

  it('skips code no counting hand-in holds any more (a later hand-in replaced it)', async () => {
    const { queue, started, whenIdle } = harness({ old: [], current: [] }, 1, (key) => key !== 'old');
    queue.add(job('current'));
    queue.add(job('old'));
    await whenIdle();
    expect(started.map((s) => s.key)).toEqual(['current']);
    expect([queue.done, queue.total]).toEqual([1, 1]);
  });

  it('grades a known piece of code again when the teacher asks, alone if asked', async () => {
    const { queue, started, graded, whenIdle } = harness({ a: [FAILING, SOLVED] });
    queue.add(job('a'));
    await whenIdle();
    queue.add(job('a'), { again: true, alone: true });
    await whenIdle();
    expect(started.map((s) => [s.key, s.alone])).toEqual([
      ['a', false],
      ['a', true],
    ]);
    expect(graded.get('a')).toEqual({ solved: true });
    expect([queue.done, queue.total]).toEqual([1, 1]);
  });
});

describe('what a re-grade says', () => {
  it('fails code refused for its size, or that does not parse, at once: they are the code’s doing', () => {
    const huge = 'x'.repeat(MAX_CODE_BYTES + 1);
    expect(judge(notRunVerdict('Your code is 293 KB long…', [], 0), huge, 1, false)).toEqual({ grade: { solved: false, tooLong: true } });
    const syntax = notRunVerdict(
      SYNTAX_ERROR_REASON,
      [{ file: 'code', line: 1, column: 1, from: 0, to: 1, code: 1005, message: "';' expected.", kind: 'syntax' }],
      0,
    );
    expect(judge(syntax, 'let x = ;', 1, false)).toEqual({ grade: { solved: false } });
  });

  it('fails code whose thrown value cannot be printed: the runner describes it, the check finishes', () => {
    const loadError = ran({ kind: 'load-error', failure: { message: 'threw an object whose toString throws' } });
    expect(judge(loadError, 'throw { toString() { throw 1 } }', 1, false)).toEqual({ grade: { solved: false } });
  });

  it('calls a grader that could not run “not checked” only after a second try', () => {
    const compilerDown = notRunVerdict('The course could not check your code: the compiler did not answer in time.', [], 0);
    expect(judge(compilerDown, 'ok', 1, false)).toEqual({ again: 'queued' });
    expect(judge(compilerDown, 'ok', 2, false)).toEqual({ grade: { solved: false, unchecked: true } });
  });
});
