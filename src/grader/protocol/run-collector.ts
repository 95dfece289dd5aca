import type { RunnerMessage } from './runner-protocol';
import type { ConsoleLine, RunOutcome, TestResult } from './verdict';

/** A runner as the side that waits for it sees it: the browser's Worker or a Node worker thread. */
export interface RunnerConnection {
  /** Hands the job over; the runner's messages go to `onMessage`, its death to `onCrash`. */
  start(onMessage: (message: RunnerMessage) => void, onCrash: (message: string) => void): void;
  /** Ends the runner for good (a runaway included). */
  stop(): void;
}

export interface CollectedRun {
  tests: TestResult[];
  console: ConsoleLine[];
  outcome: RunOutcome;
}

export interface CollectOptions {
  /** Each test's limit (the exercise's `timeoutMs`), counted from when it starts; loading the files counts as a test. */
  limitMs: number;
  /** For a runner that never even starts. */
  startLimitMs?: number;
  onStarted?(): void;
  onTestEnd?(result: TestResult): void;
}

/**
 * Gathers one run's messages into tests, console lines and an outcome, and
 * stops a runaway: loading the files and each test get the exercise's limit,
 * counted from when each starts, never including the runner's own start-up.
 * Shared by the page's grader and `npm test`, so both stop the same code at
 * the same point with the same words.
 */
export function collectRun(runner: RunnerConnection, options: CollectOptions): Promise<CollectedRun> {
  const { limitMs, startLimitMs = 60_000 } = options;
  const tests: TestResult[] = [];
  const console: ConsoleLine[] = [];
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current: string[] | null = null;
    let finished = false;
    const finish = (outcome: RunOutcome) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      runner.stop();
      resolve({ tests, console, outcome });
    };
    const arm = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ kind: 'timeout', limitMs, testPath: current }), ms);
    };
    arm(startLimitMs);
    runner.start(
      (message) => {
        switch (message.type) {
          case 'started':
            options.onStarted?.();
            arm(limitMs);
            break;
          case 'test-start':
            current = message.path;
            arm(limitMs);
            break;
          case 'test-end':
            tests.push(message.result);
            options.onTestEnd?.(message.result);
            break;
          case 'console':
            console.push(message.line);
            break;
          case 'console-dropped':
            console.push({ level: 'info', text: `… ${message.count} more lines of console output not shown` });
            break;
          case 'done':
            finish(
              message.result.kind === 'finished'
                ? { kind: 'finished', ...(message.result.unhandled?.length ? { unhandled: message.result.unhandled } : {}) }
                : message.result,
            );
            break;
          case 'crashed':
            finish({ kind: 'crashed', message: message.message });
            break;
        }
      },
      (message) => finish({ kind: 'crashed', message }),
    );
  });
}
