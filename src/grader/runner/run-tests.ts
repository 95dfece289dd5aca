import { formatConsoleArgs } from './console-format';
import { installGeneratorTrace } from './generator-trace';
import { createHarness, describeFailure } from './harness';
import { cut, LIMITS } from '../protocol/limits';
import type { ConsoleLine, TestResult } from '../protocol/verdict';
import type { CompiledExercise, RunResult } from '../protocol/runner-protocol';

export type { CompiledExercise, RunResult };

export interface RunEvents {
  onConsole(line: ConsoleLine): void;
  onTestStart(path: string[]): void;
  onTestEnd(result: TestResult): void;
}

const CONSOLE_LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** What one check may print (protocol/limits.ts); lines past it are counted, not formatted or sent. */
export interface ConsoleBudget {
  lines: number;
  characters: number;
  dropped: number;
}

function makeConsole(events: RunEvents, budget: ConsoleBudget) {
  const print = (level: ConsoleLine['level'], args: unknown[]) => {
    if (budget.lines >= LIMITS.consoleLines || budget.characters >= LIMITS.console) {
      budget.dropped += 1;
      return;
    }
    let text: string;
    try {
      text = cut(formatConsoleArgs(args), LIMITS.line);
    } catch (error) {
      text = `(this console.${level} could not be shown: ${describeFailure(error).message})`;
    }
    budget.lines += 1;
    budget.characters += text.length;
    events.onConsole({ level, text });
  };
  const console: Record<string, (...args: unknown[]) => void> = {};
  for (const level of CONSOLE_LEVELS) console[level] = (...args) => print(level, args);
  console.table = (data) => print('log', [data]);
  return Object.freeze(console);
}

/** Turns CommonJS source into a function of (exports, require, module, console). */
export type ModuleEvaluator = (source: string) => (...args: unknown[]) => void;

/** Plain evaluation, for Node (unit tests). The runner worker evaluates inside an SES Compartment instead. */
export const evaluateWithFunction: ModuleEvaluator = (source) =>
  new Function('exports', 'require', 'module', 'console', source) as (...args: unknown[]) => void;

function evaluateModule(evaluate: ModuleEvaluator, source: string, require: (id: string) => unknown, console: unknown): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  evaluate(source).call(undefined, module.exports, require, module, console);
  return module.exports;
}

/**
 * Loads the learner's modules and the tests (as CommonJS, `require` limited to
 * `vitest` and the learner's files), then runs the tests in order.
 */
export async function runTests(
  compiled: CompiledExercise,
  events: RunEvents,
  evaluate: ModuleEvaluator = evaluateWithFunction,
  budget: ConsoleBudget = { lines: 0, characters: 0, dropped: 0 },
): Promise<RunResult> {
  // Installed once per runner: each check gets a fresh worker.
  const trace = installGeneratorTrace();
  const harness = createHarness();
  const console = makeConsole(events, budget);
  // The learner's modules by name: the entry, then a project's other files. Each is loaded once, on first import.
  const sources = new Map<string, string>([[compiled.stubModule, compiled.code], ...Object.entries(compiled.modules ?? {})]);
  const loaded = new Map<string, Record<string, unknown>>();
  const learnerModule = (id: string): string | undefined => {
    const name = id.replace(/^\.\//, '').replace(/\.(ts|js)$/, '');
    return id.startsWith('./') && sources.has(name) ? name : undefined;
  };
  const load = (name: string): Record<string, unknown> => {
    let exports = loaded.get(name);
    if (exports) return exports;
    const module = { exports: {} as Record<string, unknown> };
    loaded.set(name, module.exports); // a cycle sees the exports so far, as in CommonJS
    evaluate(sources.get(name)!).call(undefined, module.exports, requireFromLearner, module, console);
    loaded.set(name, (exports = module.exports));
    return exports;
  };
  const names = [...sources.keys()].map((name) => `./${name}`).join(', ');

  const require = (id: string): unknown => {
    if (id === 'vitest') return harness.api;
    const name = learnerModule(id);
    if (name) return load(name);
    throw new Error(`Cannot import "${id}" here: the tests can use only "vitest" and ${names}`);
  };
  const requireFromLearner = (id: string): unknown => {
    const name = learnerModule(id);
    if (name && sources.size > 1) return load(name);
    throw new Error(
      sources.size > 1
        ? `Cannot import "${id}": a project's files can import only each other (${names})`
        : `Cannot import "${id}": an exercise is one self-contained file`,
    );
  };

  try {
    evaluateModule(evaluate, compiled.tests, require, console);
  } catch (error) {
    return { kind: 'load-error', failure: describeFailure(error) };
  }
  return { kind: 'finished', tests: await harness.run(events, trace) };
}
