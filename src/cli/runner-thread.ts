/**
 * `npm test`'s runner: a Node worker thread that runs one check under the
 * browser runner's own rules (runner-core.ts: SES lockdown, a Compartment
 * per file, timers that take functions only, output caps) and reports on the
 * MessagePort it is handed, then is thrown away. Bundled by runner-bundle.ts.
 */
import { parentPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { RunnerMessage } from '../grader/protocol/runner-protocol';
import { prepareRunner } from '../grader/runner/runner-core';
import type { CompiledExercise } from '../grader/runner/run-tests';

const host = process;
const nextTask = setImmediate;
const keepAlive = setInterval;

const run = prepareRunner({
  // Node's own ways out; the Compartment already keeps learner code from `process` and `require`.
  forbiddenGlobals: ['fetch', 'WebSocket', 'EventSource', 'BroadcastChannel', 'navigator', 'Request', 'Response'],
  watchUnhandled() {
    const pending = new Map<unknown, unknown>();
    const onRejection = (reason: unknown, promise: Promise<unknown>) => pending.set(promise, reason);
    const onHandled = (promise: Promise<unknown>) => pending.delete(promise);
    const onError = (error: unknown) => pending.set({}, error);
    host.on('unhandledRejection', onRejection);
    host.on('rejectionHandled', onHandled);
    host.on('uncaughtException', onError);
    return () => {
      host.off('unhandledRejection', onRejection);
      host.off('rejectionHandled', onHandled);
      host.off('uncaughtException', onError);
      return [...pending.values()];
    };
  },
  settle: () => new Promise<void>((resolve) => nextTask(() => nextTask(resolve))),
});

parentPort?.once('message', ({ job, port }: { job: CompiledExercise; port: MessagePort }) => {
  // A promise that never settles must not end the thread as an idle one: the page's worker would wait,
  // and so does this one, until the time limit stops it.
  keepAlive(() => {}, 2 ** 30);
  void run(job, (message: RunnerMessage) => port.postMessage(message));
});
