/**
 * Browser side of the TypeScript sample checker, bundled with esbuild and
 * loaded twice: in the page, where it defines `runSample`, and as the source of
 * the Web Workers that run samples, each with a console that records what
 * `formatConsoleArgs` makes of every call.
 *
 * Each sample runs as the body of a fresh async function, in a worker, so the
 * page can stop one that never finishes (even a synchronous endless loop). A
 * worker is reused for the next sample only if the last one finished cleanly:
 * no error, no timer left, and every built-in object exactly as it was.
 * Anything else (a sample that patches `Array.prototype`, say) retires it.
 */
import { formatConsoleArgs } from '../grader/runner/console-format';
import type { SampleJob, SampleRun, SampleRunnerPage } from './sample-job';

type WorkerMessage = { kind: 'started' } | { kind: 'lines'; lines: string[] } | { kind: 'done'; error: string | null; reusable: boolean };

declare global {
  interface Window extends SampleRunnerPage {}
}

/** `TypeError: x is not a function`, the way the results panel names an error. */
export function describeThrown(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'name' in value && 'message' in value) {
    const { name, message } = value as { name: unknown; message: unknown };
    return message === '' ? String(name) : `${String(name)}: ${String(message)}`;
  }
  return `Uncaught ${formatConsoleArgs([value])}`;
}

/** The global object, everything it holds, their prototypes, and the intrinsics only reachable from values. */
function builtinObjects(scope: object): object[] {
  const found = new Set<object>();
  const add = (value: unknown) => {
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') found.add(value);
  };
  add(scope);
  for (const key of Reflect.ownKeys(scope)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(scope, key);
    if (!descriptor || !('value' in descriptor)) continue;
    add(descriptor.value);
    if (typeof descriptor.value === 'function') add((descriptor.value as { prototype?: unknown }).prototype);
  }
  const proto = Object.getPrototypeOf as (value: unknown) => unknown;
  const generatorFunction = proto(function* () {});
  const asyncGeneratorFunction = proto(async function* () {});
  const arrayIterator = [][Symbol.iterator]();
  [
    generatorFunction,
    (generatorFunction as { prototype: object }).prototype,
    asyncGeneratorFunction,
    (asyncGeneratorFunction as { prototype: object }).prototype,
    proto((asyncGeneratorFunction as { prototype: object }).prototype),
    proto(async () => {}),
    proto(arrayIterator),
    proto(proto(arrayIterator)),
    proto(new Map().entries()),
    proto(new Set().values()),
    proto(''[Symbol.iterator]()),
    proto('a'.matchAll(/a/g)),
    proto(Int8Array),
    proto(Int8Array.prototype),
  ].forEach(add);
  const withHelpers = arrayIterator as unknown as { map?: (f: (x: unknown) => unknown) => unknown };
  if (typeof withHelpers.map === 'function') add(proto(withHelpers.map((x) => x)));
  return [...found];
}

/** Every own property (value or accessor) and prototype of the given objects, as one flat list. */
function fingerprint(objects: readonly object[]): unknown[] {
  const flat: unknown[] = [];
  for (const object of objects) {
    flat.push(object, Object.getPrototypeOf(object));
    for (const key of Reflect.ownKeys(object)) {
      const descriptor = Reflect.getOwnPropertyDescriptor(object, key)!;
      flat.push(key, descriptor.value, descriptor.get, descriptor.set);
    }
  }
  return flat;
}

const sameFingerprint = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

function workerMain(scope: typeof globalThis & { postMessage(message: WorkerMessage): void }) {
  const post = (message: WorkerMessage) => scope.postMessage(message);
  const realSetTimeout = scope.setTimeout.bind(scope);
  const realClearTimeout = scope.clearTimeout.bind(scope);
  const realSetInterval = scope.setInterval.bind(scope);
  const realClearInterval = scope.clearInterval.bind(scope);
  const liveTimers = new Set<number>();
  /** The sample running now; console calls and errors after it finished are dropped. */
  let job = { printed: 0, finished: true, maxLines: Infinity };

  const finish = (error: string | null, reusable = false) => {
    if (job.finished) return;
    job.finished = true;
    post({ kind: 'done', error, reusable });
  };
  const fail = (value: unknown) => finish(describeThrown(value));

  const print = (...args: unknown[]) => {
    if (job.finished) return;
    const lines = formatConsoleArgs(args).split('\n');
    job.printed += lines.length;
    post({ kind: 'lines', lines });
    if (job.printed > job.maxLines) finish(`RangeError: printed more than ${job.maxLines} lines`);
  };
  const sampleConsole = { log: print, info: print, warn: print, error: print, debug: print, table: (data: unknown) => print(data) };

  // Timers are tracked so a run ends when the sample's last timer has fired,
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

  const builtins = builtinObjects(scope);
  const pristine = fingerprint(builtins);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (body: string) => () => Promise<void>;
  const macrotask = () => new Promise<void>((resolve) => realSetTimeout(resolve, 0));
  // Chromium reports an unhandled rejection in a task of its own: give it two.
  const settle = async () => {
    await macrotask();
    await macrotask();
  };

  scope.addEventListener('message', async (event: MessageEvent<SampleJob>) => {
    job = { printed: 0, finished: false, maxLines: event.data.maxLines };
    const current = job;
    post({ kind: 'started' });
    try {
      await new AsyncFunction(`"use strict";\n${event.data.js}`)();
      await settle();
      while (liveTimers.size > 0 && !current.finished) {
        await new Promise<void>((resolve) => realSetTimeout(resolve, 2));
        await settle();
      }
      if (current === job) finish(null, liveTimers.size === 0 && sameFingerprint(pristine, fingerprint(builtins)));
    } catch (error) {
      if (current === job) fail(error);
    }
  });
}

/** How long a new worker may take to load this bundle; a sample's own time starts after. */
const workerStartMs = 30_000;

function pageMain(bundleSource: string) {
  const workerUrl = URL.createObjectURL(new Blob([bundleSource], { type: 'text/javascript' }));
  const idle: Worker[] = [];
  window.runSample = (job) =>
    new Promise((resolve) => {
      const lines: string[] = [];
      const worker = idle.pop() ?? new Worker(workerUrl);
      let started = 0;
      const finish = (run: SampleRun, reusable: boolean) => {
        clearTimeout(timer);
        worker.onmessage = worker.onerror = null;
        if (reusable) idle.push(worker);
        else worker.terminate();
        resolve(started ? { ...run, ms: Math.round(performance.now() - started) } : run);
      };
      const timeout = () =>
        finish(
          { lines, error: `still running after ${job.timeoutMs} ms (endless loop, or a timer or promise that never settles?)`, errorKind: 'timeout' },
          false,
        );
      let timer = setTimeout(
        () => finish({ lines, error: `Error: the sample worker did not start within ${workerStartMs} ms`, errorKind: 'runtime' }, false),
        workerStartMs,
      );
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.kind === 'started') {
          started = performance.now();
          clearTimeout(timer);
          timer = setTimeout(timeout, job.timeoutMs);
        } else if (message.kind === 'lines') lines.push(...message.lines);
        else if (message.error === null) finish({ lines, error: null }, message.reusable);
        else finish({ lines, error: message.error, errorKind: 'runtime' }, false);
      };
      worker.onerror = (event) => finish({ lines, error: `Error: the sample worker failed to start: ${event.message}`, errorKind: 'runtime' }, false);
      worker.postMessage(job);
    });
}

/** Set by the page before this bundle loads: its own source, to start workers from. */
declare const __sampleRunnerSource: string;
if (typeof window === 'undefined') workerMain(self as unknown as Parameters<typeof workerMain>[0]);
else pageMain(__sampleRunnerSource);
