/**
 * Runs Python lesson samples in Pyodide (the npm `pyodide` package, offline),
 * loaded once per worker thread (python-worker.ts), so this thread stays free
 * to stop a sample that runs too long and to drive Chromium meanwhile.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { RunResult } from './compare-output';
import type { PythonJob, PythonWorkerData, PythonWorkerMessage } from './python-worker';

export interface PythonRunOptions {
  timeoutMs?: number;
  maxLines?: number;
  /** Pyodide threads runPythonSamples shares the samples between (default 1: loading one costs more than most samples). */
  pythonWorkers?: number;
}

export interface PythonRuntime {
  /** Pyodide package version. */
  version: string;
  /** CPython version, e.g. 3.14.2. */
  pythonVersion: string;
  /** Whether `asyncio.run()` works (needs WebAssembly JS promise integration). */
  asyncioRun: boolean;
}

export interface PythonSession {
  runtime: PythonRuntime;
  run(code: string): Promise<RunResult>;
  close(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));
/** After an interrupt, how long a sample may take to notice it before its thread is replaced. */
const interruptGraceMs = 2000;

/**
 * V8 flags Pyodide needs on Node 20, given at startup (setting them at run
 * time can crash the process), so the npm script starts tsx with them:
 * WebAssembly JS promise integration, without which `asyncio.run()` fails, and
 * larger stacks for it, without which a big or deep sample can overflow
 * the default 984 KB and kill Pyodide.
 */
export const pyodideNodeFlags = ['--experimental-wasm-stack-switching', '--wasm-stack-switching-stack-size=8192'];

let workerSource: string | undefined;

/** Synchronous, so the worker starts loading Pyodide before the caller does anything else. */
function bundleWorker(): string {
  if (workerSource !== undefined) return workerSource;
  const result = buildSync({
    entryPoints: [join(here, 'python-worker.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['pyodide'],
    logLevel: 'silent',
  });
  workerSource = result.outputFiles[0].text;
  return workerSource;
}

function pyodideIndexURL(): string {
  const require = createRequire(import.meta.url);
  return `${dirname(require.resolve('pyodide/package.json'))}/`;
}

interface LiveWorker {
  worker: Worker;
  interrupt: Int32Array;
  runtime: PythonRuntime;
}

function startWorker(source: string, indexURL: string): Promise<LiveWorker> {
  const interruptBuffer = new SharedArrayBuffer(4);
  const worker = new Worker(source, { eval: true, workerData: { indexURL, interrupt: interruptBuffer } satisfies PythonWorkerData });
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(new Error(`Pyodide did not start: ${error instanceof Error ? error.message : String(error)}`));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(`worker exited with code ${code}`));
    worker.once('message', (message: PythonWorkerMessage) => {
      worker.removeAllListeners('error');
      worker.removeAllListeners('exit');
      if (message.kind !== 'ready') return fail(`unexpected message ${message.kind}`);
      const { version, pythonVersion, asyncioRun } = message;
      resolve({ worker, interrupt: new Int32Array(interruptBuffer), runtime: { version, pythonVersion, asyncioRun } });
    });
  });
}

/** Loads Pyodide once; `run` executes one sample at a time, each in a fresh `__main__`. */
export async function startPython(options: PythonRunOptions = {}): Promise<PythonSession> {
  const { timeoutMs = 5000, maxLines = 1000 } = options;
  const source = bundleWorker();
  const indexURL = pyodideIndexURL();
  let live: Promise<LiveWorker> = startWorker(source, indexURL);
  const first = await live;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const runNow = async (code: string): Promise<RunResult> => {
    const { worker, interrupt } = await live;
    const id = nextId++;
    return new Promise<RunResult>((resolve) => {
      let interrupted = false;
      const timers: NodeJS.Timeout[] = [];
      const started = performance.now();
      const done = (result: RunResult) => {
        timers.forEach(clearTimeout);
        worker.off('message', onMessage);
        worker.off('error', onCrash);
        resolve({ ...result, ms: Math.round(performance.now() - started) });
      };
      const timeoutMessage = `still running after ${timeoutMs} ms (endless loop, or something awaited that never happens?)`;
      const onMessage = (message: PythonWorkerMessage) => {
        if (message.kind !== 'result' || message.id !== id) return;
        if (interrupted) done({ lines: message.lines, error: timeoutMessage, errorKind: 'timeout' });
        else done(message.error === null ? { lines: message.lines, error: null } : { lines: message.lines, error: message.error, errorKind: 'runtime' });
      };
      const onCrash = (error: Error) => {
        live = startWorker(source, indexURL);
        done({ lines: [], error: `Pyodide crashed: ${error.message}` });
      };
      worker.on('message', onMessage);
      worker.once('error', onCrash);
      timers.push(
        setTimeout(() => {
          interrupted = true;
          Atomics.store(interrupt, 0, 2); // SIGINT: KeyboardInterrupt at the next bytecode
        }, timeoutMs),
        setTimeout(() => {
          // Stuck outside Python (awaiting forever): replace the thread.
          void worker.terminate();
          live = startWorker(source, indexURL);
          done({ lines: [], error: timeoutMessage, errorKind: 'timeout' });
        }, timeoutMs + interruptGraceMs),
      );
      worker.postMessage({ id, code, maxLines } satisfies PythonJob);
    });
  };

  return {
    runtime: first.runtime,
    run(code) {
      const result = queue.then(() => runNow(code));
      queue = result.catch(() => {});
      return result;
    },
    async close() {
      await queue;
      const { worker } = await live.catch(() => ({ worker: null }));
      await worker?.terminate();
    },
  };
}

/**
 * Runs each sample alone; one result per sample, in order, and what ran them.
 * With `pythonWorkers` above 1, samples are shared out between that many
 * Pyodide threads, each loaded at once.
 */
export async function runPythonSamples(
  codes: readonly string[],
  options: PythonRunOptions = {},
): Promise<{ results: RunResult[]; runtime: PythonRuntime | null }> {
  if (codes.length === 0) return { results: [], runtime: null };
  const results: (RunResult | undefined)[] = new Array(codes.length);
  const sessions: PythonSession[] = [];
  let next = 0;
  const lane = async () => {
    const python = await startPython(options);
    sessions.push(python);
    while (next < codes.length) {
      const index = next++;
      try {
        results[index] = await python.run(codes[index]);
      } catch (error) {
        results[index] = { lines: [], error: `Pyodide failed: ${error instanceof Error ? error.message : String(error)}` };
        return;
      }
    }
  };
  // Every lane's thread starts loading now, before this function returns.
  const lanes = Array.from({ length: Math.min(options.pythonWorkers ?? 1, codes.length) }, lane);
  const outcomes = await Promise.allSettled(lanes);
  await Promise.all(sessions.map((session) => session.close()));
  if (sessions.length === 0) throw (outcomes[0] as PromiseRejectedResult).reason;
  return {
    results: results.map((result) => result ?? { lines: [], error: 'Pyodide failed: the sample was not run' }),
    runtime: sessions[0].runtime,
  };
}
