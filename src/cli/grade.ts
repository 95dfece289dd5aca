import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { collectRun } from '../grader/protocol/run-collector';
import { tooLongReason } from '../grader/protocol/limits';
import type { RunnerMessage } from '../grader/protocol/runner-protocol';
import { notRunVerdict, ranVerdict, SYNTAX_ERROR_REASON, type Verdict } from '../grader/protocol/verdict';
import type { CompiledExercise } from '../grader/runner/run-tests';
import { courseRoot } from './course-target';
import { type CheckJob, prepareChecks } from './prepare-checks';
import { runnerBundle } from './runner-bundle';
import { gradePythonChecks } from './grade-python';

export type { CheckJob };

export interface Graded {
  job: CheckJob;
  verdict: Verdict;
}

export interface GradeOptions {
  /** Checks running at once, each in its own thread (default: one per core). */
  concurrency?: number;
  /** Called as each check ends, in the order they end. */
  onGraded?(graded: Graded): void;
  cacheFile?: string;
}

const defaultCacheFile = join(courseRoot, 'node_modules', '.cache', 'generators-course', 'prepared-checks.json');

/** Runs one compiled check in a fresh runner thread, under the exercise's time limit. */
function runInThread(bundle: string, compiled: CompiledExercise, limitMs: number) {
  const worker = new Worker(bundle);
  const channel = new MessageChannel();
  return collectRun(
    {
      start(onMessage, onCrash) {
        worker.on('error', (error) => onCrash(`the test runner stopped: ${error.message}`));
        worker.on('exit', (code) => onCrash(`the test runner exited (code ${code})`));
        channel.port1.on('message', (message: RunnerMessage) => onMessage(message));
        worker.postMessage({ job: compiled, port: channel.port2 }, [channel.port2]);
      },
      stop() {
        worker.removeAllListeners('exit');
        channel.port1.close();
        void worker.terminate();
      },
    },
    { limitMs },
  );
}

/**
 * `npm test`'s grader: each job gets the browser's verdict, by the browser's
 * rules. Compiled and type-checked as the page's compiler worker does
 * (through a cache), then run in a fresh worker thread with the browser
 * runner's sandbox and harness (runner-thread.ts), which is stopped after
 * the exercise's time limit per test, loading the files included. Verdicts
 * come back in the jobs' order.
 */
export async function gradeChecks(jobs: readonly CheckJob[], options: GradeOptions = {}): Promise<Graded[]> {
  const python = jobs.filter((job) => job.exercise.language === 'python');
  if (python.length > 0) {
    // Each language by its own grader; the verdicts come back in the jobs' order all the same.
    const typescript = jobs.filter((job) => job.exercise.language !== 'python');
    const [fromPython, fromTypeScript] = await Promise.all([gradePythonChecks(python, options), typescript.length ? gradeChecks(typescript, options) : []]);
    const byJob = new Map([...fromPython, ...fromTypeScript].map((graded) => [graded.job, graded]));
    return jobs.map((job) => byJob.get(job)!);
  }
  const [prepared, bundle] = await Promise.all([prepareChecks(jobs, options.cacheFile ?? defaultCacheFile), runnerBundle()]);
  const results: Graded[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      const { diagnostics, compiled } = prepared[index];
      const checkStarted = performance.now();
      const tooLong = [job.code, ...Object.values(job.files ?? {})].map(tooLongReason).find(Boolean);
      const verdict = tooLong
        ? notRunVerdict(tooLong, [], 0)
        : compiled
          ? ranVerdict(diagnostics, await runInThread(bundle, compiled, job.exercise.meta.timeoutMs), performance.now() - checkStarted)
          : notRunVerdict(SYNTAX_ERROR_REASON, diagnostics, performance.now() - checkStarted);
      results[index] = { job, verdict };
      options.onGraded?.(results[index]);
    }
  };
  const lanes = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), jobs.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
