/** What a check produces, from the compiler and the test run. Plain data: it crosses workers. */

export interface Diagnostic {
  /** Which file: the learner's code or the hidden test file. */
  file: 'code' | 'tests';
  /** In a project, which learner file (e.g. `parse.ts`) when it is not the entry. */
  module?: string;
  /** 1-based. */
  line: number;
  column: number;
  /** Offsets in the file, for marking the editor. */
  from: number;
  to: number;
  code: number;
  message: string;
  /** A syntax error stops the tests from running; a type error does not. */
  kind: 'syntax' | 'type';
}

export interface TestFailure {
  message: string;
  /** Expected/received diff, when the assertion has one. */
  diff?: string;
  /** The last calls made on generators before the failure, e.g. `next() → { value: 1, done: false }`. */
  calls?: string[];
}

export interface TestResult {
  /** `describe` names and the test name, outermost first. */
  path: string[];
  status: 'pass' | 'fail';
  failure?: TestFailure;
  durationMs: number;
}

export interface ConsoleLine {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  text: string;
}

export type RunOutcome =
  /** Every test ran. `unhandled`: errors nobody caught meanwhile (a rejected promise nothing awaited, a throwing timer). */
  | { kind: 'finished'; unhandled?: TestFailure[] }
  /** The code under test threw while loading, before any test ran. */
  | { kind: 'load-error'; failure: TestFailure }
  /** Runaway code: the runner was stopped after `limitMs` in test `testPath`. */
  | { kind: 'timeout'; limitMs: number; testPath: string[] | null }
  | { kind: 'crashed'; message: string };

export interface Verdict {
  diagnostics: Diagnostic[];
  tests: TestResult[];
  console: ConsoleLine[];
  outcome: RunOutcome | { kind: 'not-run'; reason: string };
  solved: boolean;
  durationMs: number;
  /** When each half of the check was done, in ms after it started (for the benchmark). */
  phases?: { compiled: number; typeChecked: number; tested: number };
}

/**
 * The course's one rule, for both languages, in the browser and under `npm test`:
 * no compiler errors, every test ran and passed, and nothing failed unseen.
 */
export function isSolved(v: Pick<Verdict, 'diagnostics' | 'tests' | 'outcome'>): boolean {
  return (
    v.diagnostics.length === 0 &&
    v.outcome.kind === 'finished' &&
    !v.outcome.unhandled?.length &&
    v.tests.length > 0 &&
    v.tests.every((t) => t.status === 'pass')
  );
}

/** Why the tests did not run when the code does not parse, in the browser and under `npm test` alike. */
export const SYNTAX_ERROR_REASON = 'Your code has a syntax error, so the tests could not run. Fix the marked line first.';

/** A verdict for code whose tests never ran. */
export function notRunVerdict(reason: string, diagnostics: Diagnostic[], durationMs: number): Verdict {
  return { diagnostics, tests: [], console: [], outcome: { kind: 'not-run', reason }, solved: false, durationMs };
}

/** The verdict of a check whose tests ran: the one rule decides whether it is solved. */
export function ranVerdict(diagnostics: Diagnostic[], run: Pick<Verdict, 'tests' | 'console'> & { outcome: RunOutcome }, durationMs: number): Verdict {
  const verdict = { diagnostics, ...run };
  return { ...verdict, solved: isSolved(verdict), durationMs };
}
