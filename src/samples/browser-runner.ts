/**
 * Browser side of the TypeScript sample checker, bundled with esbuild and
 * loaded twice: in the page, where it defines `runSample`, and as the source of
 * a fresh Web Worker per sample, where it runs the sample's JavaScript with a
 * console that records what `formatConsoleArgs` makes of each call.
 *
 * A worker per sample keeps samples apart (globals, prototypes, timers) and
 * lets the page stop one that never finishes, even a synchronous endless loop.
 */
import { formatConsoleArgs } from '../grader/console-format';

export interface SampleJob {
  js: string;
  timeoutMs: number;
  maxLines: number;
}

export interface SampleRun {
  lines: string[];
  error: string | null;
  errorKind?: 'runtime' | 'timeout';
}

type WorkerMessage = { kind: 'lines'; lines: string[] } | { kind: 'done'; error: string | null };

declare global {
  interface Window {
    runSample(job: SampleJob): Promise<SampleRun>;
  }
}

/** `TypeError: x is not a function`, the way the results panel names an error. */
export function describeThrown(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'name' in value && 'message' in value) {
    const { name, message } = value as { name: unknown; message: unknown };
    return message === '' ? String(name) : `${String(name)}: ${String(message)}`;
  }
  return `Uncaught ${formatConsoleArgs([value])}`;
}

function workerMain(scope: typeof globalThis & { postMessage(message: WorkerMessage): void }) {
  const post = (message: WorkerMessage) => scope.postMessage(message);
  const realSetTimeout = scope.setTimeout.bind(scope);
  const realClearTimeout = scope.clearTimeout.bind(scope);
  const realSetInterval = scope.setInterval.bind(scope);
  const realClearInterval = scope.clearInterval.bind(scope);
  const liveTimers = new Set<number>();
  let printed = 0;
  let finished = false;
  let maxLines = Infinity;

  const finish = (error: string | null) => {
    if (finished) return;
    finished = true;
    post({ kind: 'done', error });
  };
  const fail = (value: unknown) => finish(describeThrown(value));

  const print = (...args: unknown[]) => {
    if (finished) return;
    const lines = formatConsoleArgs(args).split('\n');
    printed += lines.length;
    post({ kind: 'lines', lines });
    if (printed > maxLines) finish(`RangeError: printed more than ${maxLines} lines`);
  };
  const sampleConsole = { log: print, info: print, warn: print, error: print, debug: print, table: (data: unknown) => print(data) };

  // Timers are tracked so the run ends when the sample's last timer has fired,
  // as a script in Node does; an exception in a callback fails the sample.
  const guard = (handler: (...args: unknown[]) => void, args: unknown[]) => () => {
    try {
      handler(...args);
    } catch (error) {
      fail(error);
    }
  };
  const timers = {
    setTimeout(handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
      const run = guard(handler, args);
      const id: number = realSetTimeout(() => {
        liveTimers.delete(id);
        run();
      }, ms);
      liveTimers.add(id);
      return id;
    },
    clearTimeout(id: number | undefined) {
      if (id !== undefined) liveTimers.delete(id);
      realClearTimeout(id);
    },
    setInterval(handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) {
      const id: number = realSetInterval(guard(handler, args), ms);
      liveTimers.add(id);
      return id;
    },
    clearInterval(id: number | undefined) {
      if (id !== undefined) liveTimers.delete(id);
      realClearInterval(id);
    },
  };
  Object.assign(scope, timers, { console: sampleConsole });

  scope.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    fail(event.error ?? event.message);
  });
  scope.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    event.preventDefault();
    fail(event.reason);
  });

  const macrotask = () => new Promise<void>((resolve) => realSetTimeout(resolve, 0));
  scope.addEventListener('message', async (event: MessageEvent<SampleJob>) => {
    maxLines = event.data.maxLines;
    try {
      const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor as new (body: string) => () => Promise<void>;
      await new AsyncFunction(`"use strict";\n${event.data.js}`)();
      // Let pending timers run, and give Chromium two tasks to report an
      // unhandled rejection (it does so in a task of its own), before calling it done.
      const settle = async () => {
        await macrotask();
        await macrotask();
      };
      await settle();
      while (liveTimers.size > 0 && !finished) {
        await new Promise<void>((resolve) => realSetTimeout(resolve, 2));
        await settle();
      }
      finish(null);
    } catch (error) {
      fail(error);
    }
  });
}

function pageMain(bundleSource: string) {
  const workerUrl = URL.createObjectURL(new Blob([bundleSource], { type: 'text/javascript' }));
  window.runSample = (job) =>
    new Promise((resolve) => {
      const lines: string[] = [];
      const worker = new Worker(workerUrl);
      const finish = (error: string | null, errorKind?: SampleRun['errorKind']) => {
        clearTimeout(timer);
        worker.terminate();
        resolve(error === null ? { lines, error } : { lines, error, errorKind });
      };
      const timer = setTimeout(() => finish(`still running after ${job.timeoutMs} ms (endless loop, or a timer or promise that never settles?)`, 'timeout'), job.timeoutMs);
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        if (event.data.kind === 'lines') lines.push(...event.data.lines);
        else finish(event.data.error, event.data.error === null ? undefined : 'runtime');
      };
      worker.onerror = (event) => finish(`Error: the sample worker failed to start: ${event.message}`, 'runtime');
      worker.postMessage(job);
    });
}

/** Set by the page before this bundle loads: its own source, to start workers from. */
declare const __sampleRunnerSource: string;
if (typeof window === 'undefined') workerMain(self as unknown as Parameters<typeof workerMain>[0]);
else pageMain(__sampleRunnerSource);
