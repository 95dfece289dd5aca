/**
 * Grades Python exercises in Node with no Python installed: Pyodide in worker
 * threads, the browser's own harness, the same verdict and the same time
 * limits. A thread that ran a check cleanly runs the next one; a thread whose
 * check was interrupted and did not stop, crashed, or left Python changed is
 * terminated and replaced.
 *
 * No V8 flags are needed: the tests' asyncio runs on the harness's own event
 * loop (course_asyncio.py), not on Pyodide's stack-switching one.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { Verdict } from '../../protocol/verdict';
import { INTERRUPT_SLOT, type PythonJob, type PythonWorkerStatus, SIGINT, STOP_SLOT } from '../protocol';
import { type PythonTransport, runPythonCheck } from '../run-check';
import type { PythonThreadData } from './python-thread';

const here = dirname(fileURLToPath(import.meta.url));
const harnessDir = join(here, '../harness');

/** After the time limit interrupts a test, how long it may take to stop before its thread is terminated. */
const INTERRUPT_GRACE_MS = 1000;
/** After a verdict, how long cleaning up may take before the thread is replaced. */
const IDLE_LIMIT_MS = 5000;
/** Loading Pyodide takes a few seconds, many more on a busy machine. */
const START_LIMIT_MS = 120_000;

export interface PythonGraderOptions {
  /** Threads run checks in parallel (each loads its own Pyodide). Default 1. */
  threads?: number;
}

let threadSource: string | undefined;
/** Synchronous, so a thread starts loading Pyodide before the caller does anything else. */
function bundleThread(): string {
  threadSource ??= buildSync({
    entryPoints: [join(here, 'python-thread.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['pyodide'],
    logLevel: 'silent',
  }).outputFiles[0].text;
  return threadSource;
}

function pyodideIndexURL(): string {
  const require = createRequire(import.meta.url);
  return `${dirname(require.resolve('pyodide/package.json'))}/`;
}

interface Thread {
  worker: Worker;
  interrupt: Int32Array;
  ready: Promise<void>;
  /** Set once the thread must not run another check. */
  retired: boolean;
}

/** Pyodide threads that grade Python checks one at a time each. */
export class PythonGrader {
  private readonly idle: Thread[] = [];
  private readonly waiting: ((thread: Thread) => void)[] = [];
  private live = 0;
  private readonly size: number;
  private closed = false;

  constructor(options: PythonGraderOptions = {}) {
    this.size = Math.max(1, options.threads ?? 1);
    this.idle.push(this.startThread());
  }

  private startThread(): Thread {
    const buffer = new SharedArrayBuffer(8);
    const worker = new Worker(bundleThread(), {
      eval: true,
      workerData: { indexURL: pyodideIndexURL(), harnessDir, interrupt: buffer } satisfies PythonThreadData,
      // Recursion through C (a __repr__ calling repr) uses the JavaScript stack: with a thread's default 4 MB it
      // overflows (and kills Pyodide) just short of Python's limit of 1000; with 8 MB, RecursionError comes first.
      resourceLimits: { stackSizeMb: 8 },
    });
    this.live += 1;
    const thread: Thread = { worker, interrupt: new Int32Array(buffer), retired: false, ready: Promise.resolve() };
    thread.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error('Pyodide did not start in time')), START_LIMIT_MS);
      const fail = (error: Error) => {
        clearTimeout(timer);
        this.retire(thread);
        reject(new Error(`The Python grader could not start: ${error.message}`));
      };
      worker.once('error', fail);
      worker.once('message', (message: PythonWorkerStatus) => {
        clearTimeout(timer);
        worker.off('error', fail);
        if (message.type === 'ready') resolve();
        else fail(new Error(message.type === 'failed' || message.type === 'fatal' ? message.message : 'unexpected message'));
      });
    });
    thread.ready.catch(() => {});
    return thread;
  }

  private retire(thread: Thread) {
    if (thread.retired) return;
    thread.retired = true;
    this.live -= 1;
    void thread.worker.terminate();
  }

  private acquire(): Promise<Thread> {
    const thread = this.idle.shift();
    if (thread) return Promise.resolve(thread);
    if (this.live < this.size) return Promise.resolve(this.startThread());
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(thread: Thread) {
    if (this.closed) return void this.retire(thread);
    const next = thread.retired ? (this.live < this.size ? this.startThread() : null) : thread;
    if (!next) return;
    const waiter = this.waiting.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
  }

  /** Grades `job`; each test (and loading the code) gets `limitMs`, as in the browser. */
  async check(job: PythonJob, limitMs: number): Promise<Verdict> {
    let thread = await this.acquire();
    try {
      await thread.ready;
    } catch {
      // One retry with a fresh thread: a start that failed once (a busy machine) rarely fails twice.
      thread = this.startThread();
      await thread.ready;
    }
    const { worker, interrupt } = thread;
    const transport: PythonTransport = {
      listen(onMessage, onCrash) {
        const onError = (error: Error) => onCrash(`the Python worker stopped: ${error.message}`);
        const onExit = () => onCrash('the Python worker stopped unexpectedly');
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.once('exit', onExit);
        return () => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
      },
      post: (request) => worker.postMessage(request),
      interrupt() {
        Atomics.store(interrupt, STOP_SLOT, 1);
        Atomics.store(interrupt, INTERRUPT_SLOT, SIGINT);
        return true;
      },
    };
    const running = runPythonCheck(transport, job, { limitMs, graceMs: INTERRUPT_GRACE_MS, idleMs: IDLE_LIMIT_MS });
    void running.reusable.then((reusable) => {
      if (!reusable) this.retire(thread);
      this.release(thread);
    });
    return running.verdict;
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = this.idle.splice(0);
    await Promise.all(threads.map((thread) => thread.ready.catch(() => {})));
    for (const thread of threads) this.retire(thread);
  }
}
