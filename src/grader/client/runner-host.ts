import type { RunnerConnection } from '../protocol/run-collector';
import type { RunnerMessage } from '../protocol/runner-protocol';
import type { CompiledExercise } from '../runner/run-tests';

/**
 * Where the page's grader runs learner code: a fresh runner per check,
 * started ahead so a check does not wait for one. Lesson pages use
 * WorkerRunners (dedicated workers of the page); the class view uses
 * FrameRunners (frame-runners.ts), whose runners live in a sandboxed frame
 * that a crash can take down without the page.
 */
export interface RunnerHost {
  /** TypeScript has loaded in the compiler: the first runner may start now without slowing it. */
  compilerLoaded(): void;
  /** A verdict is ready: start the runners kept ahead that are missing. */
  replenish(): void;
  /** A runner for one check, and what to do once it has started running the job. */
  connect(compiled: CompiledExercise): { connection: RunnerConnection; onStarted(): void };
}

/**
 * Runners kept started ahead. Replacements start once a check's verdict is
 * ready, so their start-up competes neither with the run nor with the type
 * check still going beside it; with two, a check right after another still
 * finds one ready. A run still going after SPARE_START_DELAY_MS (a runaway,
 * say) gets its replacement started meanwhile.
 */
const SPARES = 2;
const SPARE_START_DELAY_MS = 100;

/** Runners as dedicated workers of the page: the lesson pages' grader. */
export class WorkerRunners implements RunnerHost {
  private readonly spares: Worker[] = [];

  compilerLoaded(): void {
    // The first spare runner starts once TypeScript is loaded, not alongside it: on a
    // two-core machine the two start-ups would slow each other, and the compiler's is the longer.
    if (this.spares.length === 0) this.spares.push(this.newRunner());
  }

  replenish(): void {
    while (this.spares.length < SPARES) this.spares.push(this.newRunner());
  }

  private newRunner(): Worker {
    return new Worker(new URL('../runner/runner.worker.ts', import.meta.url), { type: 'module', name: 'runner' });
  }

  connect(compiled: CompiledExercise) {
    const runner = this.spares.shift() ?? this.newRunner();
    let spareTimer: ReturnType<typeof setTimeout> | undefined;
    const channel = new MessageChannel();
    const connection: RunnerConnection = {
      start(onMessage, onCrash) {
        runner.onerror = (event) => {
          event.preventDefault();
          onCrash(event.message || 'the test runner stopped unexpectedly');
        };
        channel.port1.onmessage = (event: MessageEvent<RunnerMessage>) => onMessage(event.data);
        runner.postMessage(compiled, [channel.port2]);
      },
      stop() {
        clearTimeout(spareTimer);
        runner.terminate();
        channel.port1.close();
      },
    };
    // A run still going after a moment (a runaway, say) gets its replacement started meanwhile.
    return { connection, onStarted: () => (spareTimer = setTimeout(() => this.replenish(), SPARE_START_DELAY_MS)) };
  }
}
