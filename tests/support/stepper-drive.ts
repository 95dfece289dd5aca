import { inspect } from 'node-inspect-extracted';
import { compilePlain, instrumentSample } from '../../src/grader/compiler/instrument';
import { StepperSession } from '../../src/stepper/runtime';
import type { CommandKind, Progress, StepReport } from '../../src/stepper/protocol';

/** One call the tests make: `['next']`, `['next', 5]`, `['throw', new Error('x')]`, `['return', 1]`. */
export type Call = [CommandKind] | [CommandKind, unknown];

export const format = (value: unknown) => inspect(value, { depth: 3, breakLength: 100 });

function describeError(error: unknown) {
  return error instanceof Error ? `${error.name}: ${error.message}` : format(error);
}

/** What the caller sees from one call, in the stepper's own words (StepReport['outcome'] without the value). */
export interface Seen {
  outcome: string;
  printed: string[];
}

/** Runs the calls on the sample compiled *without* instrumentation: what the real generator does. */
export async function runPlain(source: string, fn: string, args: unknown[], calls: Call[]): Promise<Seen[]> {
  const js = compilePlain(source);
  let printed: string[] = [];
  const log = (...values: unknown[]) => printed.push(values.map((v) => (typeof v === 'string' ? v : format(v))).join(' '));
  const console = { log, info: log, warn: log, error: log, debug: log };
  const body = new Function('exports', 'require', 'module', 'console', `${js}\nreturn ${fn};`);
  const generatorFunction = body({}, () => ({}), { exports: {} }, console) as (...a: unknown[]) => Generator | AsyncGenerator;
  const generator = generatorFunction(...args) as Generator<unknown, unknown, unknown>;
  const seen: Seen[] = [];
  for (const [kind, ...rest] of calls) {
    printed = [];
    let outcome: string;
    try {
      const result = await (rest.length === 0 && kind === 'next' ? generator.next() : generator[kind](rest[0] as never));
      outcome = format(result);
    } catch (error) {
      outcome = `threw ${describeError(error)}`;
    }
    seen.push({ outcome, printed });
  }
  return seen;
}

export interface Driven {
  reports: StepReport[];
  seen: Seen[];
  progress: Progress[];
}

/** Runs the same calls through the stepper: the instrumented sample in a StepperSession. */
export async function runStepper(source: string, fn: string, args: unknown[], calls: Call[]): Promise<Driven> {
  const compiled = instrumentSample(source);
  if (compiled.syntaxErrors.length) throw new Error(compiled.syntaxErrors[0].message);
  const progress: Progress[] = [];
  const loaded = StepperSession.load({ js: compiled.js, functions: compiled.functions, fn, args }, { inspect: format, onProgress: (p) => progress.push(p) });
  if (!loaded.ok) throw new Error(loaded.message);
  const reports: StepReport[] = [];
  for (const [kind, ...rest] of calls) reports.push(await loaded.session.step(kind, rest[0], rest.length > 0));
  const seen = reports.map((r) => ({
    outcome: r.outcome.kind === 'result' ? r.outcome.text : `threw ${r.outcome.error}`,
    printed: r.events.flatMap((e) => (e.kind === 'console' ? [e.text] : [])),
  }));
  return { reports, seen, progress };
}

/** Both, for comparing: the stepper must show exactly what the real generator does. */
export async function compare(source: string, fn: string, args: unknown[], calls: Call[]) {
  const [plain, stepper] = await Promise.all([runPlain(source, fn, args, calls), runStepper(source, fn, args, calls)]);
  return { plain, stepper, reports: stepper.reports };
}

/** The events of a report without console lines, as short strings, for readable expectations. */
export function brief(report: StepReport): string[] {
  return report.events.map((e) => {
    switch (e.kind) {
      case 'lines':
        return `${e.frame} lines ${e.lines.join(',')}`;
      case 'console':
        return `console ${e.text}`;
      case 'dropped':
        return `dropped ${e.count}`;
      case 'pause':
      case 'resume':
      case 'awaited':
      case 'return':
        return `${e.frame} ${e.kind} ${e.line} ${e.value}`;
      case 'delegate':
        return `${e.frame} delegate ${e.line} ${e.target}`;
      case 'delegate-end':
        return `${e.frame} delegate-end ${e.line} ${e.value}`;
      case 'resume-abrupt':
        return `${e.frame} resume-abrupt ${e.line} ${e.how}`;
      case 'caught':
      case 'throw-out':
        return `${e.frame} ${e.kind} ${e.line} ${e.error}`;
      case 'finish':
        return `${e.frame} finish${e.threw ? ' threw' : ''}`;
      case 'end':
        return `${e.frame} end`;
      default:
        return `${e.frame} ${e.kind} ${e.line}`;
    }
  });
}

/** The stack as `label status line` strings. */
export function stackOf(report: StepReport): string[] {
  return report.stack.map((f) => `${f.label} ${f.status}${f.line === null ? '' : ` ${f.line}`}`);
}

/** A frame's locals as an object of inspected values. */
export function localsOf(report: StepReport, index = report.stack.length - 1): Record<string, string> {
  return Object.fromEntries((report.stack[index]?.locals ?? []).map((l) => [l.name, l.value]));
}
