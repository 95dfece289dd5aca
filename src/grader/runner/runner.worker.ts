/// <reference lib="webworker" />
import { installGeneratorTrace } from './generator-trace';
import { runTests, type CompiledExercise } from './run-tests';
import { CONSOLE_LINE_LIMIT, type RunnerMessage } from '../protocol/runner-protocol';
import { warmUpRunner } from './runner-warm-up';
import { compartmentEvaluator, lockDownRealm } from './sandbox';

/**
 * Runs one check, then is thrown away (the page keeps a spare ready, so the
 * set-up below is done before any learner code arrives). Order matters:
 * capture what the results need, install the generator trace, freeze the
 * realm, warm up on a suite of our own; only then run a job. The results go out on the MessagePort handed
 * over with the job; the learner's code runs in compartments that cannot
 * reach it, and anything posted on the worker itself is ignored by the page.
 */
const postOnPort = MessagePort.prototype.postMessage;
installGeneratorTrace();
lockDownRealm();
const evaluate = compartmentEvaluator({
  setTimeout: globalThis.setTimeout.bind(globalThis),
  clearTimeout: globalThis.clearTimeout.bind(globalThis),
  setInterval: globalThis.setInterval.bind(globalThis),
  clearInterval: globalThis.clearInterval.bind(globalThis),
  queueMicrotask: globalThis.queueMicrotask.bind(globalThis),
  structuredClone: globalThis.structuredClone.bind(globalThis),
});

const ready = warmUpRunner(evaluate);

self.onmessage = (event: MessageEvent<CompiledExercise>) => {
  self.onmessage = null;
  ready.then(
    () => runJob(event),
    (error: unknown) => postOnPort.call(event.ports[0], { type: 'crashed', message: String(error) } satisfies RunnerMessage),
  );
};

function runJob(event: MessageEvent<CompiledExercise>) {
  const port = event.ports[0];
  const send = (message: RunnerMessage) => postOnPort.call(port, message);
  let consoleLines = 0;

  send({ type: 'started' });
  runTests(
    event.data,
    {
      onConsole(line) {
        consoleLines += 1;
        if (consoleLines <= CONSOLE_LINE_LIMIT) send({ type: 'console', line });
      },
      onTestStart: (path) => send({ type: 'test-start', path }),
      onTestEnd: (result) => send({ type: 'test-end', result }),
    },
    evaluate,
  ).then(
    (result) => {
      if (consoleLines > CONSOLE_LINE_LIMIT) send({ type: 'console-dropped', count: consoleLines - CONSOLE_LINE_LIMIT });
      send({ type: 'done', result });
    },
    (error: unknown) => send({ type: 'crashed', message: String(error) }),
  );
}
