import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * A stand-in for the browser's Worker: records what was created and lets a
 * test play the worker's side (a message, a failure to start).
 */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly posted: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.created.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker's side: what a real worker's `self.postMessage` or failure to load would fire. */
  send(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  fail(message: string) {
    // Node has no ErrorEvent: an Event with the message a browser's ErrorEvent carries.
    this.onerror?.(Object.assign(new Event('error'), { message }) as ErrorEvent);
  }
}

const compilers = () => FakeWorker.created.filter((worker) => worker.options.name === 'compiler');
const runners = () => FakeWorker.created.filter((worker) => worker.options.name === 'runner');

beforeEach(async () => {
  FakeWorker.created = [];
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
  const { vi } = await import('vitest');
  vi.resetModules(); // each test gets its own started-compiler slot and its own page client
});
afterEach(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
});

describe('startCompiler / takeCompiler', () => {
  it('starts one worker however often it is called, and hands it over with what it sent meanwhile', async () => {
    const { startCompiler, takeCompiler } = await import('../../src/grader/client/compiler-start');
    startCompiler();
    startCompiler();
    expect(compilers()).toHaveLength(1);
    const [worker] = compilers();
    expect(worker.url.pathname).toMatch(/compiler\.worker\.ts$/);
    expect(worker.options.type).toBe('module');
    worker.send({ kind: 'loaded' });
    worker.fail('boom');

    const taken = takeCompiler();
    expect(taken.worker).toBe(worker);
    expect(taken.early.map((event) => (event instanceof MessageEvent ? event.data : (event as ErrorEvent).message))).toEqual([{ kind: 'loaded' }, 'boom']);
    // From now on the worker's events are the new owner's, not buffered.
    expect(worker.onmessage).toBeNull();
    expect(worker.onerror).toBeNull();
  });

  it('starts a new worker when none was started ahead or the last one was taken', async () => {
    const { takeCompiler } = await import('../../src/grader/client/compiler-start');
    const first = takeCompiler();
    const second = takeCompiler();
    expect(first.worker).not.toBe(second.worker);
    expect(first.early).toEqual([]);
    expect(compilers()).toHaveLength(2);
  });
});

describe('GraderClient with a compiler started ahead', () => {
  it('acts on a "loaded" notice the worker sent before the client took it over: the first spare runner starts', async () => {
    const { startCompiler } = await import('../../src/grader/client/compiler-start');
    startCompiler();
    compilers()[0].send({ kind: 'loaded' });
    expect(runners()).toHaveLength(0);

    const { GraderClient } = await import('../../src/grader/client/grader-client');
    new GraderClient().warm();
    expect(compilers()).toHaveLength(1); // the one started ahead, not a second
    expect(compilers()[0].posted).toEqual([{ kind: 'warm', exercises: [] }]);
    await Promise.resolve(); // the notice is handled as an event would be, after warm() returns
    expect(runners()).toHaveLength(1);
  });

  it('reports a compiler that failed to start before the client took it over', async () => {
    const { startCompiler } = await import('../../src/grader/client/compiler-start');
    startCompiler();
    compilers()[0].fail('could not load the compiler');

    const { GraderClient } = await import('../../src/grader/client/grader-client');
    const verdict = await new GraderClient().check({ id: 'x', stubName: 'x.ts', testUrl: '/x.json', testHash: '0', timeoutMs: 1000 }, 'export {}');
    expect(verdict.outcome).toEqual({ kind: 'not-run', reason: expect.stringContaining('the compiler stopped: could not load the compiler') });
    expect(compilers()[0].terminated).toBe(true);
  });
});
