import type { ConsoleLine, Diagnostic, TestFailure, TestResult } from '../protocol/verdict';

/**
 * What crosses between a Python worker (a Web Worker on the page, a worker
 * thread under `npm test`) and the code that gives it checks. Plain data.
 */

/** One check: the learner's module and the exercise's pytest-style tests, by file name. */
export interface PythonJob {
  /** The learner's code, e.g. the text of `take.py`. */
  code: string;
  /** `take.py`: the tests import it as `take`. */
  stubName: string;
  tests: string;
  /** `test_take.py`. */
  testName: string;
  /** A project's other modules' code, by file name (`parse.py`): importable by name by the tests and by each other. */
  files?: Record<string, string>;
}

/** How a run ended, as the harness reports it (src/grader/python/harness/course_harness.py). */
export type PythonOutcome =
  | { kind: 'finished' }
  | { kind: 'load-error'; failure: TestFailure }
  | { kind: 'syntax-error'; diagnostics: Diagnostic[] }
  /** Interrupted by the time limit (Pyodide's interrupt buffer). */
  | { kind: 'stopped' }
  | { kind: 'crashed'; message: string };

/** The harness's events, each sent as one JSON text. */
export type HarnessEvent =
  | { type: 'test-start'; path: string[] }
  | { type: 'test-end'; result: TestResult }
  | { type: 'console'; line: ConsoleLine }
  | { type: 'done'; result: PythonOutcome }
  /** After `done`: the check's objects are gone; whether this interpreter can be trusted with another check. */
  | { type: 'idle'; reusable: boolean; reasons?: string[] };

/** The worker's own messages (objects), beside the harness's events (strings). */
export type PythonWorkerStatus =
  | { type: 'ready'; pythonVersion: string; pyodideVersion: string; startMs: number }
  | { type: 'failed'; message: string }
  /** Pyodide itself died (a JavaScript stack overflow, out of memory): the worker is useless now. */
  | { type: 'fatal'; message: string };

/** The browser worker's first message (with the MessagePort everything else travels on). */
export interface PythonWorkerStart {
  /** Where Pyodide's files are, absolute, with a trailing slash: the site's own /pyodide/. */
  indexURL: string;
  /** The interrupt buffer (see below), or null where the page is not cross-origin isolated. */
  interrupt: SharedArrayBuffer | null;
}

/** Messages to the worker, on the port it was given when it started. */
export type PythonWorkerRequest = { type: 'check'; job: PythonJob };

/**
 * The shared interrupt buffer, when the page is cross-origin isolated (or in
 * Node): slot 0 is Pyodide's (2 = KeyboardInterrupt at the next bytecode),
 * slot 1 says the time limit asked for it (so the harness tells a stop from a
 * KeyboardInterrupt the learner's code raised itself).
 */
export const INTERRUPT_SLOT = 0;
export const STOP_SLOT = 1;
export const SIGINT = 2;
