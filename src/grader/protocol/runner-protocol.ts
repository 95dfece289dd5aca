import type { ConsoleLine, TestResult } from './verdict';
import type { RunResult } from '../runner/run-tests';

/** Messages from the runner worker, sent on the private port it was given. */
export type RunnerMessage =
  | { type: 'started' }
  | { type: 'console'; line: ConsoleLine }
  /** Lines not sent because the check's console output was over its limits (protocol/limits.ts). */
  | { type: 'console-dropped'; count: number }
  | { type: 'test-start'; path: string[] }
  | { type: 'test-end'; result: TestResult }
  | { type: 'done'; result: RunResult }
  | { type: 'crashed'; message: string };
