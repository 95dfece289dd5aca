import { cut, LIMITS } from '../protocol/limits';
import type { RunnerMessage } from '../protocol/runner-protocol';
import type { TestFailure } from '../protocol/verdict';
import { describeFailure } from './describe-thrown';
import { installGeneratorTrace } from './generator-trace';
import { type CompiledExercise, type ConsoleBudget, runTests } from './run-tests';
import { warmUpRunner } from './runner-warm-up';
import { compartmentEvaluator, learnerGlobals, lockDownRealm, removeGlobals } from './sandbox';

/** What differs between the browser's runner worker and `npm test`'s runner thread. */
export interface RunnerHost {
  /** The host's globals learner code must never reach (network, storage, messaging, other workers). */
  forbiddenGlobals: readonly string[];
  /**
   * Calls `report` with each error or rejected promise nobody handled while
   * the tests run; returns a function that stops watching and lists those
   * still unhandled.
   */
  watchUnhandled(): () => unknown[];
  /** Resolves after the host has had its chance to report late rejections (a task or two). */
  settle(): Promise<void>;
}

/** Most unhandled errors listed per check: one is enough to fail it, a few help to find them. */
const UNHANDLED_KEPT = 3;

function describeUnhandled(reason: unknown): TestFailure {
  const { message } = describeFailure(reason);
  return {
    message: cut(
      `Nothing handled this error: ${message}. A promise was rejected with nothing awaiting it (an \`await\` or \`.catch\` is missing), or a timer's callback threw after its test was over.`,
      LIMITS.message,
    ),
  };
}

/**
 * Prepares a realm to run one check, in an order that matters: capture what
 * the results and the learner need, install the generator trace, freeze the
 * realm, remove the host's dangerous globals, warm up on a suite of our own.
 * Returns the function that runs the check; `send` is the private channel
 * to the page (or the CLI), out of the learner code's reach.
 */
export function prepareRunner(host: RunnerHost): (job: CompiledExercise, send: (message: RunnerMessage) => void) => Promise<void> {
  const globals = learnerGlobals();
  installGeneratorTrace();
  lockDownRealm();
  removeGlobals(globalThis, host.forbiddenGlobals);
  const evaluate = compartmentEvaluator(globals);
  const ready = warmUpRunner(evaluate);

  return async (job, send) => {
    try {
      await ready;
    } catch (error) {
      send({ type: 'crashed', message: describeFailure(error).message });
      return;
    }
    const budget: ConsoleBudget = { lines: 0, characters: 0, dropped: 0 };
    send({ type: 'started' });
    const stopWatching = host.watchUnhandled();
    let result: Awaited<ReturnType<typeof runTests>>;
    try {
      result = await runTests(
        job,
        {
          onConsole: (line) => send({ type: 'console', line }),
          onTestStart: (path) => send({ type: 'test-start', path }),
          onTestEnd: (test) => send({ type: 'test-end', result: test }),
        },
        evaluate,
        budget,
      );
    } catch (error) {
      stopWatching();
      send({ type: 'crashed', message: describeFailure(error).message });
      return;
    }
    await host.settle();
    const unhandled = stopWatching().slice(0, UNHANDLED_KEPT).map(describeUnhandled);
    if (budget.dropped > 0) send({ type: 'console-dropped', count: budget.dropped });
    send({ type: 'done', result: result.kind === 'finished' && unhandled.length > 0 ? { ...result, unhandled } : result });
  };
}
