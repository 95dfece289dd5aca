/**
 * Checks the samples of a set of lessons: extracts them, runs the TypeScript
 * ones in Chromium (or Node, for `env="node"`) and the Python ones in Pyodide
 * and under CPython as scripts (all at the same time), compares each run with
 * its claim, and formats the report `npm run check:samples` prints.
 */
import { extractSamples, type ExtractProblem, type Sample } from './extract-samples';
import { compareOutput, type Mismatch, type RunResult } from './compare-output';
import { runTsSamples, type TsRunOptions } from './run-ts-samples';
import { runPythonSamples, type PythonRunOptions, type PythonRuntime } from './run-python-samples';
import { runCPythonSamples, type CPythonRunOptions } from './run-cpython-samples';
import { runNodeSamples } from './run-node-samples';

export interface Lesson {
  /** Path as it should be printed, e.g. `content/03-laziness/01-eager-vs-lazy.mdx`. */
  file: string;
  text: string;
}

export interface SampleOutcome {
  sample: Sample;
  /** Null when the sample printed (and threw) what the lesson claims, in every runtime it runs in. */
  mismatch: Mismatch | null;
  /** The runtime that disagreed, when a sample runs in more than one (`CPython`, `Pyodide`). */
  runtime?: string;
  /** How long it ran (absent when it was not run, e.g. it did not type-check). */
  ms?: number;
}

export interface LessonReport {
  file: string;
  /** The run samples, in lesson order. */
  outcomes: SampleOutcome[];
  fragments: number;
  problems: ExtractProblem[];
}

export interface CheckReport {
  lessons: LessonReport[];
  python: PythonRuntime | null;
  /** The CPython version that ran the Python samples as scripts. */
  cpython: string | null;
}

export async function checkLessons(lessons: readonly Lesson[], options: TsRunOptions & PythonRunOptions & CPythonRunOptions = {}): Promise<CheckReport> {
  const extracted = lessons.map((lesson) => ({ lesson, ...extractSamples(lesson.text) }));
  const runnable = extracted.flatMap(({ samples }) => samples.filter((s) => s.mode === 'run'));
  const inBrowser = runnable.filter((s) => s.env === 'browser');
  const inNode = runnable.filter((s) => s.env === 'node');
  const inPyodide = runnable.filter((s) => s.env === 'both');
  const inCPython = runnable.filter((s) => s.env === 'both' || s.env === 'cpython');

  // Python first: its worker starts loading Pyodide at once, while this
  // thread type-checks the TypeScript samples and Chromium starts.
  const pyodideRunning = runPythonSamples(
    inPyodide.map((s) => s.code),
    options,
  );
  pyodideRunning.catch(() => {});
  const cpythonRunning = runCPythonSamples(
    inCPython.map((s) => s.code),
    options,
  );
  cpythonRunning.catch(() => {});
  const browserResults = await runTsSamples(
    inBrowser.map(({ code, line }) => ({ code, line })),
    options,
  );
  const nodeResults = await runNodeSamples(
    inNode.map(({ code, line }) => ({ code, line })),
    options,
  );
  const pyodide = await pyodideRunning;
  const cpython = await cpythonRunning;

  const outcomes = new Map<Sample, SampleOutcome>();
  const record = (sample: Sample, result: RunResult, runtime?: string) => {
    const known = outcomes.get(sample);
    if (known?.mismatch) return; // the first runtime that disagreed is reported
    const mismatch = compareOutput(sample, result);
    const ms = Math.max(known?.ms ?? 0, result.ms ?? 0);
    outcomes.set(sample, { sample, mismatch, ...(mismatch && runtime ? { runtime } : {}), ...(result.ms === undefined && !known?.ms ? {} : { ms }) });
  };
  inBrowser.forEach((sample, i) => record(sample, browserResults[i]));
  inNode.forEach((sample, i) => record(sample, nodeResults[i], 'Node'));
  inPyodide.forEach((sample, i) => record(sample, pyodide.results[i], 'Pyodide'));
  inCPython.forEach((sample, i) => record(sample, cpython.results[i], 'CPython'));

  return {
    python: pyodide.runtime,
    cpython: cpython.version,
    lessons: extracted.map(({ lesson, samples, problems }) => ({
      file: lesson.file,
      outcomes: samples.filter((s) => s.mode === 'run').map((sample) => outcomes.get(sample)!),
      fragments: samples.filter((s) => s.mode === 'fragment').length,
      problems,
    })),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Samples slower than this are listed, slowest first, so the check stays quick. */
export const slowSampleMs = 2000;
const maxSlowListed = 5;

/** The printed report: failures under their lesson, a count per lesson, then totals. */
export function formatReport(report: CheckReport): { lines: string[]; ok: boolean } {
  const lines: string[] = [];
  const total = { passed: 0, failed: 0, ts: 0, python: 0, fragments: 0, problems: 0 };
  for (const lesson of report.lessons) {
    const failures: string[] = [];
    for (const problem of lesson.problems) {
      failures.push(`${lesson.file}:${problem.line}${problem.lang ? ` [${problem.lang}]` : ''} ${problem.message}`);
    }
    let passed = 0;
    for (const outcome of lesson.outcomes) {
      const { sample, mismatch } = outcome;
      total[sample.lang]++;
      if (!mismatch) {
        passed++;
        continue;
      }
      const where = outcome.runtime ? `${sample.lang}, ${outcome.runtime}` : sample.lang;
      failures.push(`${lesson.file}:${sample.line} [${where}] ${mismatch.message}`, ...mismatch.details.map((d) => `    ${d}`));
    }
    const failed = lesson.outcomes.length - passed;
    total.passed += passed;
    total.failed += failed;
    total.fragments += lesson.fragments;
    total.problems += lesson.problems.length;
    const extras = [lesson.fragments ? plural(lesson.fragments, 'fragment') : '', lesson.problems.length ? plural(lesson.problems.length, 'problem') : '']
      .filter(Boolean)
      .join(', ');
    lines.push(...failures, `${failures.length ? '✗' : '✓'} ${lesson.file}: ${passed} passed, ${failed} failed${extras ? ` (${extras})` : ''}`);
  }
  const slow = report.lessons
    .flatMap((lesson) => lesson.outcomes.filter((o) => !o.mismatch && (o.ms ?? 0) > slowSampleMs).map((o) => ({ file: lesson.file, ...o })))
    .sort((a, b) => b.ms! - a.ms!);
  if (slow.length) {
    lines.push(`slow samples (over ${slowSampleMs / 1000} s):`);
    for (const o of slow.slice(0, maxSlowListed)) lines.push(`  ${o.file}:${o.sample.line} [${o.sample.lang}] ${(o.ms! / 1000).toFixed(1)} s`);
    if (slow.length > maxSlowListed) lines.push(`  … and ${slow.length - maxSlowListed} more`);
  }
  const extras = [`${total.ts} TS + ${total.python} Python`];
  if (total.fragments) extras.push(`${plural(total.fragments, 'fragment')} not run`);
  if (total.problems) extras.push(plural(total.problems, 'lesson problem'));
  lines.push(`samples: ${total.passed} passed, ${total.failed} failed (${extras.join('; ')})`);
  return { lines, ok: total.failed === 0 && total.problems === 0 };
}
