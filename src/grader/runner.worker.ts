/// <reference lib="webworker" />
import { runTests, type CompiledExercise } from './run-tests';
import { CONSOLE_LINE_LIMIT, type RunnerMessage } from './runner-protocol';

/**
 * Runs one check, then is thrown away (the page keeps a spare ready). The
 * results go out on the MessagePort handed over with the job, captured here
 * before the learner's code runs; messages the learner's code posts on the
 * worker itself are ignored by the page.
 */
const postOnPort = MessagePort.prototype.postMessage;

self.onmessage = (event: MessageEvent<CompiledExercise>) => {
  self.onmessage = null;
  const port = event.ports[0];
  const send = (message: RunnerMessage) => postOnPort.call(port, message);
  let consoleLines = 0;

  send({ type: 'started' });
  runTests(event.data, {
    onConsole(line) {
      consoleLines += 1;
      if (consoleLines <= CONSOLE_LINE_LIMIT) send({ type: 'console', line });
    },
    onTestStart: (path) => send({ type: 'test-start', path }),
    onTestEnd: (result) => send({ type: 'test-end', result }),
  }).then(
    (result) => {
      if (consoleLines > CONSOLE_LINE_LIMIT) send({ type: 'console-dropped', count: consoleLines - CONSOLE_LINE_LIMIT });
      send({ type: 'done', result });
    },
    (error: unknown) => send({ type: 'crashed', message: String(error) }),
  );
};
