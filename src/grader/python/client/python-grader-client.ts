import { tooLongReason } from '../../protocol/limits';
import { siteUrl } from '../../../hosting/site-url';
import { saveOffline } from '../../../offline/save-offline';
import { fetchVerified } from '../../protocol/verified-fetch';
import { notRunVerdict, type TestResult, type Verdict } from '../../protocol/verdict';
import { INTERRUPT_SLOT, type PythonJob, type PythonWorkerStart, type PythonWorkerStatus, SIGINT, STOP_SLOT } from '../protocol';
import { type PythonTransport, runPythonCheck } from '../run-check';

/** What the page knows about an exercise's Python track; the tests are fetched when a check runs. */
export interface PythonExerciseRef {
  id: string;
  /** `take.py`. */
  stubName: string;
  /** `test_take.py`. */
  testName: string;
  /** `/grader/python-tests/<id>.json`. */
  testUrl: string;
  /** Its SHA-256 as the page was built with it: a copy that differs is refused (verified-fetch.ts). */
  testHash: string;
  timeoutMs: number;
}

export interface PythonCheckProgress {
  onTestEnd?(result: TestResult): void;
}

/** After the time limit interrupts a test, how long it may take to stop before its worker is replaced. */
const INTERRUPT_GRACE_MS = 500;
/** After a verdict, how long cleaning up may take before the worker is replaced. */
const IDLE_LIMIT_MS = 3000;
/** Pyodide takes seconds to download and start on a slow connection or machine; this is only for one that never answers. */
const START_LIMIT_MS = 120_000;
/** The spare starts once the page has been quiet this long after the first worker is ready, not alongside it. */
const SPARE_DELAY_MS = 1000;

interface PythonWorker {
  worker: Worker;
  port: MessagePort;
  /** The interrupt buffer where the page has SharedArrayBuffer (cross-origin isolated), else null. */
  interrupt: Int32Array | null;
  ready: Promise<void>;
  status: { pythonVersion: string; startMs: number } | null;
}

const pyodideURL = () => new URL(siteUrl('pyodide/'), location.href).href;

/**
 * The page's side of Python grading, the same shape as the TypeScript
 * client: `check(exercise, code)` gives a Verdict. Pyodide runs in a Web
 * Worker loaded from the site's /pyodide/ (about 13 MB, downloaded only once a
 * learner has chosen Python). A worker runs one check after another: a
 * runaway test is interrupted through Pyodide's interrupt buffer where the
 * page is cross-origin isolated, and otherwise (or when the code does not
 * stop) its worker is terminated and a spare, started ahead, takes over.
 */
export class PythonGraderClient {
  private active: PythonWorker | null = null;
  private spare: PythonWorker | null = null;
  private spareTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly tests = new Map<string, Promise<string>>();
  private queue: Promise<unknown> = Promise.resolve();

  /** Starts Python (and, once it is ready and the page is quiet, a spare). Safe to call often. */
  warm(exercises: PythonExerciseRef[] = []): void {
    const active = this.activeWorker();
    void active.ready.then(
      () => {
        this.scheduleSpare();
        // Python started once on this device: keep its runtime for offline use too (it is not saved for everyone).
        void saveOffline('python');
      },
      () => {},
    );
    for (const exercise of exercises) void this.testsOf(exercise).catch(() => {});
  }

  /** Whether Python is loaded and ready for a check now. */
  get isReady(): boolean {
    return !!this.active?.status;
  }

  private startWorker(): PythonWorker {
    const worker = new Worker(new URL('../worker/python.worker.ts', import.meta.url), { type: 'module', name: 'python' });
    const channel = new MessageChannel();
    const shared = globalThis.crossOriginIsolated ? new SharedArrayBuffer(8) : null;
    const handle: PythonWorker = { worker, port: channel.port1, interrupt: shared ? new Int32Array(shared) : null, ready: Promise.resolve(), status: null };
    handle.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail('Python did not start in time'), START_LIMIT_MS);
      const fail = (message: string) => {
        clearTimeout(timer);
        worker.terminate();
        reject(new Error(message));
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fail(event.message || 'the Python worker could not start');
      };
      channel.port1.onmessage = (event: MessageEvent<PythonWorkerStatus | string>) => {
        const message = event.data;
        if (typeof message === 'string') return;
        clearTimeout(timer);
        channel.port1.onmessage = null;
        worker.onerror = null;
        if (message.type === 'ready') {
          handle.status = { pythonVersion: message.pythonVersion, startMs: message.startMs };
          resolve();
        } else fail(message.message);
      };
    });
    handle.ready.catch(() => {});
    worker.postMessage({ indexURL: pyodideURL(), interrupt: shared } satisfies PythonWorkerStart, [channel.port2]);
    return handle;
  }

  private activeWorker(): PythonWorker {
    if (!this.active) {
      this.active = this.spare ?? this.startWorker();
      this.spare = null;
    }
    return this.active;
  }

  private scheduleSpare() {
    if (this.spare || this.spareTimer) return;
    this.spareTimer = setTimeout(() => {
      this.spareTimer = undefined;
      this.spare ??= this.startWorker();
    }, SPARE_DELAY_MS);
  }

  /** Ends the active worker (a runaway, a crash, a tampered interpreter): the spare takes over. */
  private retire(handle: PythonWorker) {
    handle.worker.terminate();
    handle.port.close();
    if (this.active === handle) this.active = null;
    this.scheduleSpare();
  }

  private testsOf(exercise: PythonExerciseRef): Promise<string> {
    let tests = this.tests.get(exercise.id);
    if (!tests) {
      tests = fetchVerified<{ source: string }>(exercise.testUrl, exercise.testHash).then((file) => file.source);
      tests.catch(() => this.tests.delete(exercise.id));
      this.tests.set(exercise.id, tests);
    }
    return tests;
  }

  /** Checks `code` against the exercise's Python tests. Checks run one at a time, in the order asked. */
  /** Checks `code` (the entry module); a project's other modules (`files`, by file name) go with it, importable by name. */
  check(exercise: PythonExerciseRef, code: string, progress: PythonCheckProgress = {}, files?: Record<string, string>): Promise<Verdict> {
    const run = this.queue.then(() => this.checkNow(exercise, code, progress, files));
    // The next check waits for this one's worker to be idle again, or for its replacement.
    this.queue = run.then(
      (done) => done.settled,
      () => {},
    );
    return run.then((done) => done.verdict);
  }

  private async checkNow(
    exercise: PythonExerciseRef,
    code: string,
    progress: PythonCheckProgress,
    files?: Record<string, string>,
  ): Promise<{ verdict: Verdict; settled: Promise<void> }> {
    const started = performance.now();
    const settled = Promise.resolve();
    const tooLong = [code, ...Object.values(files ?? {})].map(tooLongReason).find(Boolean);
    if (tooLong) return { verdict: notRunVerdict(tooLong, [], 0), settled };
    let tests: string;
    let handle: PythonWorker;
    try {
      [tests] = await Promise.all([this.testsOf(exercise), this.activeWorker().ready]);
      handle = this.activeWorker();
      await handle.ready;
    } catch (error) {
      this.active = null;
      const reason = `The course could not start Python: ${(error as Error).message}. Check your connection, then reload the page and try again.`;
      return { verdict: notRunVerdict(reason, [], performance.now() - started), settled };
    }
    const job: PythonJob = { code, stubName: exercise.stubName, tests, testName: exercise.testName, ...(files && Object.keys(files).length ? { files } : {}) };
    const { port, worker, interrupt } = handle;
    const transport: PythonTransport = {
      listen(onMessage, onCrash) {
        port.onmessage = (event: MessageEvent<string | PythonWorkerStatus>) => onMessage(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          onCrash(`the Python worker stopped: ${event.message || 'unknown error'}`);
        };
        return () => {
          port.onmessage = null;
          worker.onerror = null;
        };
      },
      post: (request) => port.postMessage(request),
      interrupt() {
        if (!interrupt) return false;
        Atomics.store(interrupt, STOP_SLOT, 1);
        Atomics.store(interrupt, INTERRUPT_SLOT, SIGINT);
        return true;
      },
    };
    const running = runPythonCheck(transport, job, { limitMs: exercise.timeoutMs, graceMs: INTERRUPT_GRACE_MS, idleMs: IDLE_LIMIT_MS }, progress.onTestEnd);
    const verdict = await running.verdict;
    return {
      verdict: { ...verdict, durationMs: performance.now() - started },
      settled: running.reusable.then((reusable) => {
        if (!reusable) this.retire(handle);
      }),
    };
  }
}

let shared: PythonGraderClient | undefined;

/** The page's one PythonGraderClient: one Python for every Python card on the page. */
export function pagePythonGrader(): PythonGraderClient {
  return (shared ??= new PythonGraderClient());
}
