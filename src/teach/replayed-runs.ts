import type { RunnerHost } from '../grader/client/runner-host';
import type { RunnerConnection } from '../grader/protocol/run-collector';
import type { RunnerMessage } from '../grader/protocol/runner-protocol';
import type { CompiledExercise } from '../grader/runner/run-tests';
import { hash53 } from './code-key';

/**
 * Runs each distinct compiled program once. Hand-ins that differ only in
 * comments, spacing or type annotations compile to the same JavaScript, so
 * they run the same tests the same way: the first run's messages are kept
 * and replayed to the others, which are still compiled and type-checked on
 * their own (their diagnostics are their own). A fresh runner costs a
 * runner's start-up (SES lockdown) each time, most of what a class costs.
 *
 * Only runs that ended by themselves are kept: a run stopped after its time
 * limit, or whose runner was lost, runs again (it may have been a busy
 * machine, and the class view checks such runs once more on purpose).
 */
export class ReplayedRuns implements RunnerHost {
  private readonly finished = new Map<string, RunnerMessage[]>();
  /** How many runs were answered from a kept run (for the page and the bench). */
  replayed = 0;

  constructor(private readonly inner: RunnerHost) {}

  compilerLoaded(): void {
    this.inner.compilerLoaded();
  }

  replenish(): void {
    this.inner.replenish();
  }

  /** The whole program: the entry, the tests, and a project's other modules (by name: the same JavaScript in another file is another program). */
  static keyOf(job: CompiledExercise): string {
    const part = (text: string) => `${text.length}:${hash53(text)}`;
    const modules = Object.entries(job.modules ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, js]) => `${name.length}:${name}:${part(js)}`);
    return [job.stubModule, part(job.code), part(job.tests), ...modules].join(':');
  }

  connect(compiled: CompiledExercise): { connection: RunnerConnection; onStarted(): void } {
    const key = ReplayedRuns.keyOf(compiled);
    const kept = this.finished.get(key);
    if (kept) {
      this.replayed += 1;
      let stopped = false;
      return {
        onStarted: () => {},
        connection: {
          start(onMessage) {
            // As a runner would: after the caller has finished setting up.
            queueMicrotask(() => {
              for (const message of kept) if (!stopped) onMessage(message);
            });
          },
          stop() {
            stopped = true;
          },
        },
      };
    }
    const real = this.inner.connect(compiled);
    const recorded: RunnerMessage[] = [];
    return {
      onStarted: real.onStarted,
      connection: {
        start: (onMessage, onCrash) =>
          real.connection.start((message) => {
            recorded.push(message);
            if (message.type === 'done') this.finished.set(key, recorded);
            onMessage(message);
          }, onCrash),
        stop: () => real.connection.stop(),
      },
    };
  }
}
