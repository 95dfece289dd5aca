import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { PythonGrader } from '../grader/python/node/python-grader';
import { tooLongReason } from '../grader/protocol/limits';
import { notRunVerdict } from '../grader/protocol/verdict';
import type { CheckJob, GradeOptions, Graded } from './grade';

/**
 * `npm test`'s grader for Python tracks: the browser's Python harness in
 * Pyodide, in worker threads (src/grader/python/node/python-grader.ts), with
 * the exercise's time limit per test and the same verdict as the page's.
 * Loading Pyodide costs a few seconds per thread, so at most two threads run,
 * each grading one check after another.
 */
export async function gradePythonChecks(jobs: readonly CheckJob[], options: GradeOptions = {}): Promise<Graded[]> {
  const threads = Math.max(1, Math.min(options.concurrency ?? 2, availableParallelism(), jobs.length));
  const grader = new PythonGrader({ threads });
  const tests = new Map<string, string>();
  const testsOf = (file: string) => tests.get(file) ?? tests.set(file, readFileSync(file, 'utf8')).get(file)!;
  try {
    return await Promise.all(
      jobs.map(async (job) => {
        const { exercise, code } = job;
        const tooLong = [code, ...Object.values(job.files ?? {})].map(tooLongReason).find(Boolean);
        const verdict = tooLong
          ? notRunVerdict(tooLong, [], 0)
          : await grader.check(
              {
                code,
                stubName: exercise.track.stub,
                tests: testsOf(exercise.testFile),
                testName: exercise.track.test,
                ...(job.files ? { files: job.files } : {}),
              },
              exercise.meta.timeoutMs,
            );
        const graded = { job, verdict };
        options.onGraded?.(graded);
        return graded;
      }),
    );
  } finally {
    await grader.close();
  }
}
