import { tooLongReason } from '../grader/protocol/limits';
import type { Verdict } from '../grader/protocol/verdict';
import type { Grade } from './class-table';
import type { Language } from './hand-in-format';

/** One piece of code to re-grade (identical hand-ins share it). */
export interface GradingJob {
  key: string;
  exerciseId: string;
  language: Language;
  code: string;
  /** A project's other files, by name, graded with `code`. */
  files?: Record<string, string>;
  /** Whose code it is, for the progress line and for naming it if grading stops on it. */
  label: string;
}

/** What to do after a check: keep its grade, or check once more (alone, when it took the grading process down). */
export type Judgement = { grade: Grade } | { again: 'queued' | 'alone' };

/** The grader did not get to judge the code: the compiler failed to answer (not the code's doing). */
function graderFailed(verdict: Verdict, code: string): boolean {
  return verdict.outcome.kind === 'not-run' && !verdict.diagnostics.some((d) => d.kind === 'syntax') && tooLongReason(code) === null;
}

/**
 * The class view's rules for a re-grade. A timeout, and a grader that could
 * not run, may be a busy machine rather than the code: checked once more. A
 * run whose process was lost (`crashed`) is checked once more alone, so that
 * code running beside it is not blamed; lost again, alone, it is the code's
 * doing: Failing. Code refused for its size, or that does not parse, fails.
 */
export function judge(verdict: Verdict, code: string, attempt: number, alone: boolean): Judgement {
  const { outcome } = verdict;
  if (verdict.solved) return { grade: { solved: true } };
  if (outcome.kind === 'crashed') {
    if (attempt === 1 || !alone) return { again: 'alone' };
    return { grade: { solved: false, crashed: true } };
  }
  if (outcome.kind === 'timeout') return attempt === 1 ? { again: 'queued' } : { grade: { solved: false, timedOut: true } };
  if (tooLongReason(code) !== null) return { grade: { solved: false, tooLong: true } };
  if (graderFailed(verdict, code)) return attempt === 1 ? { again: 'queued' } : { grade: { solved: false, unchecked: true } };
  return { grade: { solved: false } };
}

export interface QueueEvents {
  /** Grades one piece of code. Never rejects: a failure is a verdict. */
  check(job: GradingJob): Promise<Verdict>;
  /** Called (and awaited) before a check starts: the page records what is in flight, so a crash can name it. */
  starting(job: GradingJob, alone: boolean): Promise<void> | void;
  /** A final grade, with the verdict of the last check. */
  graded(job: GradingJob, grade: Grade, verdict: Verdict): void;
  /** Whether a job's code is still needed (a later hand-in may have replaced the only one holding it). */
  wanted(key: string): boolean;
  /** Anything changed: jobs started, ended or were added. */
  changed(): void;
}

interface Entry {
  job: GradingJob;
  attempt: number;
}

/**
 * Grades pieces of code a few at a time, each key once. Jobs of one exercise
 * are taken together (the compiler's incremental check then redoes only the
 * learner's file). A job that must run alone waits until nothing else runs,
 * and nothing else starts beside it.
 */
export class GradingQueue {
  private readonly byExercise = new Map<string, Entry[]>();
  private readonly alone: Entry[] = [];
  private readonly running = new Map<string, { entry: Entry; alone: boolean }>();
  private readonly known = new Set<string>();
  private lastExercise: string | null = null;
  private generation = 0;
  /** Distinct pieces of code added, and how many of them are graded (for the progress line). */
  total = 0;
  done = 0;

  constructor(
    private readonly events: QueueEvents,
    private readonly concurrency = 2,
  ) {}

  /** Queues a job unless its key is already known; `again` re-grades a known key (the teacher asked). */
  add(job: GradingJob, options: { again?: boolean; alone?: boolean } = {}): void {
    if (this.known.has(job.key) && !options.again) return;
    if (options.again && (this.running.has(job.key) || this.isQueued(job.key))) return;
    if (options.again && this.known.has(job.key)) this.done -= 1;
    if (!this.known.has(job.key)) this.total += 1;
    this.known.add(job.key);
    const entry = { job, attempt: 1 };
    if (options.alone) this.alone.push(entry);
    else this.queueOf(job.exerciseId).push(entry);
    this.pump();
  }

  /** Marks a key as graded already (a stored result), so adding it later does not grade it again. */
  knownAlready(key: string): void {
    if (this.known.has(key)) return;
    this.known.add(key);
    this.total += 1;
    this.done += 1;
  }

  /** Forgets everything; checks under way finish unheard. */
  clear(): void {
    this.generation += 1;
    this.byExercise.clear();
    this.alone.length = 0;
    this.running.clear();
    this.known.clear();
    this.total = 0;
    this.done = 0;
    this.lastExercise = null;
    this.events.changed();
  }

  get idle(): boolean {
    return this.running.size === 0 && this.alone.length === 0 && [...this.byExercise.values()].every((q) => q.length === 0);
  }

  /** The jobs being checked now, and whether each runs alone. */
  inFlight(): { job: GradingJob; alone: boolean }[] {
    return [...this.running.values()].map((r) => ({ job: r.entry.job, alone: r.alone }));
  }

  private isQueued(key: string): boolean {
    return this.alone.some((e) => e.job.key === key) || [...this.byExercise.values()].some((q) => q.some((e) => e.job.key === key));
  }

  private queueOf(exerciseId: string): Entry[] {
    let queue = this.byExercise.get(exerciseId);
    if (!queue) this.byExercise.set(exerciseId, (queue = []));
    return queue;
  }

  private nextQueued(): Entry | undefined {
    const order = this.lastExercise ? [this.lastExercise, ...this.byExercise.keys()] : [...this.byExercise.keys()];
    for (const id of order) {
      const queue = this.byExercise.get(id);
      while (queue?.length) {
        const entry = queue.shift()!;
        if (this.events.wanted(entry.job.key)) {
          this.lastExercise = id;
          return entry;
        }
        // No hand-in that counts holds this code any more.
        this.known.delete(entry.job.key);
        this.total -= 1;
      }
    }
    return undefined;
  }

  private pump(): void {
    const aloneRunning = [...this.running.values()].some((r) => r.alone);
    if (aloneRunning) return;
    if (this.alone.length > 0) {
      if (this.running.size === 0) this.start(this.alone.shift()!, true);
      return;
    }
    while (this.running.size < this.concurrency) {
      const entry = this.nextQueued();
      if (!entry) break;
      this.start(entry, false);
    }
    this.events.changed();
  }

  private start(entry: Entry, alone: boolean): void {
    const { generation } = this;
    this.running.set(entry.job.key, { entry, alone });
    this.events.changed();
    void (async () => {
      await this.events.starting(entry.job, alone);
      const verdict = await this.events.check(entry.job);
      if (generation !== this.generation) return;
      this.running.delete(entry.job.key);
      const judgement = judge(verdict, entry.job.code, entry.attempt, alone);
      if ('grade' in judgement) {
        this.done += 1;
        this.events.graded(entry.job, judgement.grade, verdict);
      } else {
        const again = { job: entry.job, attempt: entry.attempt + 1 };
        if (judgement.again === 'alone') this.alone.push(again);
        else this.queueOf(entry.job.exerciseId).unshift(again);
      }
      this.pump();
    })();
  }
}
