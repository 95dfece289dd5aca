/**
 * Runs the browser's Python harness under the machine's CPython (3.11 or
 * newer), for the course's own tests: the harness must behave the same on a
 * real interpreter as in Pyodide. One process runs the given jobs one after
 * another, as a browser worker does (src/grader/python/harness/cpython_check.py).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Verdict } from '../../protocol/verdict';
import { PythonCheckSession } from '../check-session';
import type { PythonJob } from '../protocol';

const script = join(dirname(fileURLToPath(import.meta.url)), '../harness/cpython_check.py');

/** The interpreter: `COURSE_PYTHON`, else `python3` on the PATH (as the lesson-sample checker picks it). */
export const cpythonCommand = () => process.env.COURSE_PYTHON ?? 'python3';

export interface CPythonJob extends PythonJob {
  /** Interrupt the check after this long (SIGALRM → KeyboardInterrupt, as the page's time limit does in Pyodide). */
  limitMs?: number;
}

/** Runs the jobs in one CPython process; one verdict per job, and whether the interpreter stayed reusable after it. */
export function runOnCPython(jobs: CPythonJob[]): { verdict: Verdict; reusable: boolean; reasons: string[] }[] {
  const result = spawnSync(cpythonCommand(), [script], { input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${cpythonCommand()} ${script} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  const results: { verdict: Verdict; reusable: boolean; reasons: string[] }[] = [];
  let session = new PythonCheckSession();
  for (const line of result.stdout.split('\n')) {
    if (!line.trim()) continue;
    const event = session.handle(line);
    if (event.type !== 'idle') continue;
    const job = jobs[results.length];
    const verdict = session.verdict(0, session.outcome?.kind === 'stopped' ? { kind: 'timeout', limitMs: job.limitMs ?? 0 } : undefined);
    results.push({ verdict, reusable: event.reusable, reasons: event.reasons ?? [] });
    session = new PythonCheckSession();
  }
  if (results.length !== jobs.length) throw new Error(`the CPython harness answered ${results.length} of ${jobs.length} jobs: ${result.stderr.slice(-2000)}`);
  return results;
}
