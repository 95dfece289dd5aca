import { cut, LIMITS } from '../protocol/limits';
import { stripAnsi } from '../protocol/plain-text';
import type { TestFailure } from '../protocol/verdict';
import { formatConsoleArgs } from './console-format';
import { processError } from '@vitest/utils/error';

/**
 * Words for what a submission threw or left behind. Never throws itself and
 * never returns more than the limits allow, whatever the value: a Proxy whose
 * traps throw, an error whose `message` is a getter or a hundred megabytes,
 * a `toString` that throws (docs/threat-model.md).
 */

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** `'text'`, `42`, `{ code: 7 }`, `[Function: f]`: a thrown value as the console shows it. */
export function describeThrown(value: unknown): string {
  return attempt(() => cut(formatConsoleArgs([value]), LIMITS.message), 'a value that cannot be shown (reading it threw an error)');
}

interface ErrorParts {
  name: string;
  message: string;
}

/** The name and message of something Error-like, each read once and cut; null for anything else. */
function errorParts(value: unknown): ErrorParts | null {
  const isError = attempt(() => value instanceof Error, false);
  if (!isError) return null;
  const read = (key: 'name' | 'message') => attempt(() => (value as Error)[key], '');
  const name = read('name');
  const message = read('message');
  return {
    name: typeof name === 'string' ? cut(name, 200) : 'Error',
    message: typeof message === 'string' ? cut(message, LIMITS.message) : describeThrown(message),
  };
}

/** An assertion from the tests' own `expect`: its expected and received values make a diff. */
function assertionParts(error: unknown): { actual: unknown; expected: unknown; showDiff: unknown } | null {
  return attempt(() => {
    const e = error as { name?: unknown; actual?: unknown; expected?: unknown; showDiff?: unknown };
    return e.name === 'AssertionError' && 'actual' in e ? { actual: e.actual, expected: e.expected, showDiff: e.showDiff } : null;
  }, null);
}

/** Long diffs are cut by line count before they are built: diffing a huge value is slow, not only long. */
const DIFF_OPTIONS = { truncateThreshold: 120, printBasicPrototype: false, maxDepth: 12 };

/**
 * Whether a value is small enough to diff: a diff clones and prints both
 * sides in full, which for a value 40 000 levels deep or a million items
 * long takes longer than the test's time limit. Walks at most a few
 * thousand objects, and gives up on anything that throws when looked at.
 */
function diffable(value: unknown): boolean {
  const MAX_OBJECTS = 5_000;
  const MAX_DEPTH = 40;
  let seen = 0;
  const walk = (v: unknown, depth: number): boolean => {
    if (v === null || typeof v !== 'object') return true;
    if (++seen > MAX_OBJECTS || depth > MAX_DEPTH) return false;
    const children = Array.isArray(v) ? v : Object.values(v);
    if (children.length > MAX_OBJECTS) return false;
    return children.every((child) => walk(child, depth + 1));
  };
  return attempt(() => walk(value, 0), false);
}

/** A failed test's message (and diff, for an assertion), from whatever was thrown. */
export function describeFailure(thrown: unknown): TestFailure {
  const parts = errorParts(thrown);
  if (!parts)
    return {
      message: `Your code threw ${describeThrown(thrown)}, which is not an Error. Throw an Error (new Error('…')) so the message says what went wrong.`,
    };
  const prefix = parts.name && parts.name !== 'Error' && parts.name !== 'AssertionError' ? `${parts.name}: ` : '';
  const assertion = assertionParts(thrown);
  if (!assertion) return { message: stripAnsi(`${prefix}${parts.message}`) };
  if (!diffable(assertion.actual) || !diffable(assertion.expected)) return { message: stripAnsi(parts.message) };
  const processed = attempt(
    () => processError({ name: 'AssertionError', message: parts.message, ...assertion }, DIFF_OPTIONS) as { message?: string; diff?: string },
    { message: parts.message },
  );
  const message = stripAnsi(cut(String(processed.message ?? parts.message), LIMITS.message));
  return { message, ...(typeof processed.diff === 'string' && processed.diff ? { diff: stripAnsi(cut(processed.diff, LIMITS.diff)) } : {}) };
}
