import type { ConsoleLine, TestResult } from './verdict';
import type { RunResult } from '../runner/run-tests';

/** Messages from the runner worker, sent on the private port it was given. */
export type RunnerMessage =
  | { type: 'started' }
  | { type: 'console'; line: ConsoleLine }
  | { type: 'console-dropped'; count: number }
  | { type: 'test-start'; path: string[] }
  | { type: 'test-end'; result: TestResult }
  | { type: 'done'; result: RunResult }
  | { type: 'crashed'; message: string };

/** Console lines kept per check; the rest are counted, not sent. */
export const CONSOLE_LINE_LIMIT = 500;
