import type { TestResult, Verdict } from '../protocol/verdict';
import { type Ending, PythonCheckSession } from './check-session';
import type { PythonJob, PythonWorkerRequest, PythonWorkerStatus } from './protocol';

/** A started Python worker as one check sees it: the browser's Web Worker or a Node worker thread. */
export interface PythonTransport {
  /** Starts listening; returns the function that stops listening. */
  listen(onMessage: (message: string | PythonWorkerStatus) => void, onCrash: (message: string) => void): () => void;
  post(request: PythonWorkerRequest): void;
  /** Asks the running code to stop (Pyodide's interrupt buffer); false where there is no buffer to set. */
  interrupt(): boolean;
}

export interface CheckLimits {
  /** Each test's time, and the time to load the learner's file, counted from its start. */
  limitMs: number;
  /** After an interrupt, how long the code may take to stop before the worker is given up. */
  graceMs: number;
  /** After the verdict, how long cleaning up may take before the worker is given up. */
  idleMs: number;
}

export interface RunningCheck {
  /** The verdict, once the harness says the run is over (or the limit or a crash ended it). */
  verdict: Promise<Verdict>;
  /** Whether the worker may run another check: true once it is idle and trusted, false when it must be terminated. */
  reusable: Promise<boolean>;
}

/**
 * Runs one check on a worker under the exercise's time limit, the same way on
 * the page and under `npm test`. A runaway test is interrupted where that is
 * possible; code that does not stop in the grace time, or a worker that
 * cannot be interrupted, is given up (the caller terminates it and takes a
 * spare). A worker is reused only once its harness has cleaned up and found
 * nothing out of place.
 */
export function runPythonCheck(transport: PythonTransport, job: PythonJob, limits: CheckLimits, onTestEnd?: (result: TestResult) => void): RunningCheck {
  const started = performance.now();
  const session = new PythonCheckSession();
  let resolveVerdict!: (verdict: Verdict) => void;
  let resolveReusable!: (reusable: boolean) => void;
  const verdict = new Promise<Verdict>((resolve) => (resolveVerdict = resolve));
  const reusable = new Promise<boolean>((resolve) => (resolveReusable = resolve));
  let ending: Ending | undefined;
  let answered = false;
  let limit: ReturnType<typeof setTimeout> | undefined;
  let grace: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const answer = () => {
    if (answered) return;
    answered = true;
    clearTimeout(limit);
    clearTimeout(grace);
    resolveVerdict(session.verdict(performance.now() - started, ending));
  };
  const finish = (workerReusable: boolean) => {
    clearTimeout(limit);
    clearTimeout(grace);
    clearTimeout(idle);
    stop();
    answer();
    resolveReusable(workerReusable);
  };
  const arm = () => {
    clearTimeout(limit);
    limit = setTimeout(() => {
      ending = { kind: 'timeout', limitMs: limits.limitMs };
      if (!transport.interrupt()) return finish(false);
      // Code that swallows KeyboardInterrupt, or loops inside C, does not stop: the worker is given up.
      grace = setTimeout(() => finish(false), limits.graceMs);
    }, limits.limitMs);
  };
  const stop = transport.listen(
    (message) => {
      if (typeof message !== 'string') {
        if (message.type === 'fatal') {
          ending ??= { kind: 'crashed', message: message.message };
          finish(false);
        }
        return;
      }
      const event = session.handle(message);
      if (event.type === 'test-start' && !ending) arm();
      if (event.type === 'test-end') onTestEnd?.(event.result);
      if (event.type === 'done') {
        answer();
        idle = setTimeout(() => finish(false), limits.idleMs);
      }
      if (event.type === 'idle') finish(event.reusable);
    },
    (message) => {
      ending ??= { kind: 'crashed', message };
      finish(false);
    },
  );
  arm();
  transport.post({ type: 'check', job });
  return { verdict, reusable };
}
