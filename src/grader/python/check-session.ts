import { type ConsoleLine, isSolved, type RunOutcome, type TestResult, type Verdict } from '../protocol/verdict';
import type { HarnessEvent, PythonOutcome } from './protocol';

/** How a check ended from the outside, when the harness did not get to say. */
export type Ending = { kind: 'timeout'; limitMs: number } | { kind: 'crashed'; message: string };

const SYNTAX_REASON = 'Your code has a syntax error, so the tests could not run. Fix the marked line first.';

/**
 * One Python check's events, as the page's client and `npm test` receive
 * them, and the verdict they make: the course's one verdict shape and its one
 * "solved" rule, the same as for TypeScript.
 */
export class PythonCheckSession {
  readonly tests: TestResult[] = [];
  readonly console: ConsoleLine[] = [];
  /** The test running now, for a timeout's report. */
  current: string[] | null = null;
  outcome: PythonOutcome | null = null;
  idle: { reusable: boolean; reasons: string[] } | null = null;

  /** Records one event (JSON text from the harness) and returns it. */
  handle(text: string): HarnessEvent {
    const event = JSON.parse(text) as HarnessEvent;
    switch (event.type) {
      case 'test-start':
        this.current = event.path;
        break;
      case 'test-end':
        this.tests.push(event.result);
        break;
      case 'console':
        this.console.push(event.line);
        break;
      case 'done':
        this.outcome = event.result;
        break;
      case 'idle':
        this.idle = { reusable: event.reusable, reasons: event.reasons ?? [] };
        break;
    }
    return event;
  }

  verdict(durationMs: number, ending?: Ending): Verdict {
    const parts = this.parts(ending);
    return { ...parts, console: this.console, solved: isSolved(parts), durationMs };
  }

  private parts(ending?: Ending): Pick<Verdict, 'diagnostics' | 'tests' | 'outcome'> {
    const tests = this.tests;
    if (ending?.kind === 'timeout' || this.outcome?.kind === 'stopped') {
      const limitMs = ending?.kind === 'timeout' ? ending.limitMs : 0;
      return { diagnostics: [], tests, outcome: { kind: 'timeout', limitMs, testPath: this.current } };
    }
    if (ending?.kind === 'crashed') return { diagnostics: [], tests, outcome: { kind: 'crashed', message: ending.message } };
    const outcome = this.outcome;
    if (!outcome) return { diagnostics: [], tests, outcome: { kind: 'crashed', message: 'the Python worker stopped before the tests finished' } };
    switch (outcome.kind) {
      case 'syntax-error': {
        const inTests = outcome.diagnostics.filter((d) => d.file === 'tests');
        if (inTests.length > 0) {
          const d = inTests[0];
          return {
            diagnostics: [],
            tests,
            outcome: { kind: 'not-run', reason: `The exercise's tests do not compile (line ${d.line}: ${d.message}). This is a mistake in the course.` },
          };
        }
        return { diagnostics: outcome.diagnostics, tests, outcome: { kind: 'not-run', reason: SYNTAX_REASON } };
      }
      case 'load-error':
        return { diagnostics: [], tests, outcome: { kind: 'load-error', failure: outcome.failure } satisfies RunOutcome };
      case 'crashed':
        return { diagnostics: [], tests, outcome: { kind: 'crashed', message: outcome.message } };
      case 'finished':
        return { diagnostics: [], tests, outcome: { kind: 'finished' } };
    }
  }
}
