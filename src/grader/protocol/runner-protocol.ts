import type { ConsoleLine, TestResult } from './verdict';
import type { TestFailure } from './verdict';

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

/** Compiled CommonJS text of the two files a check runs. */
export interface CompiledExercise {
  /** The learner's module, imported by the tests as `./<stubModule>`. */
  code: string;
  stubModule: string;
  tests: string;
  /** A project's other learner modules by name (`parse` for parse.ts), each imported as `./<name>`. */
  modules?: Record<string, string>;
}

/** How a run ended, as the runner reports it: every test ran, or the files did not load. */
export type RunResult = { kind: 'finished'; tests: TestResult[]; unhandled?: TestFailure[] } | { kind: 'load-error'; failure: TestFailure };
