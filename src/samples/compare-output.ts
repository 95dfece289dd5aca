/**
 * Decides whether a sample's run matches what its lesson claims, and says
 * why not in words an author can act on. Pure.
 */

export interface RunResult {
  /** Printed lines, in order. */
  lines: string[];
  /** `Name: message` of what stopped the sample, or null if it finished. */
  error: string | null;
  /** What kind of failure `error` is (runtime when absent). */
  errorKind?: 'runtime' | 'type' | 'timeout';
  /** How long the sample ran, when it ran. */
  ms?: number;
}

export interface Expectation {
  expectedOutput: string[] | null;
  expectedError: string | null;
}

export interface Mismatch {
  /** One line: the first thing that is wrong. */
  message: string;
  /** Further lines (the output diff), to print indented under the message. */
  details: string[];
}

const maxDiffLines = 24;
const quote = (line: string) => JSON.stringify(line);

function describeError(result: RunResult): string {
  if (result.errorKind === 'type') return `does not type-check: ${result.error}`;
  if (result.errorKind === 'timeout') return `did not finish: ${result.error}`;
  return `threw ${result.error}`;
}

/** The first index where the two lists differ, or -1 if they are equal. */
export function firstDifference(expected: readonly string[], actual: readonly string[]): number {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (i >= expected.length || i >= actual.length || expected[i] !== actual[i]) return i;
  }
  return -1;
}

/** Line-by-line diff: `  same`, `- claimed`, `+ printed`, cut to a window around the first difference. */
export function outputDiff(expected: readonly string[], actual: readonly string[]): string[] {
  const first = firstDifference(expected, actual);
  if (first < 0) return [];
  const rows: string[] = ['(- lesson claims, + sample printed)'];
  const start = Math.max(0, first - 3);
  if (start > 0) rows.push(`  … ${start} matching line${start === 1 ? '' : 's'}`);
  const length = Math.max(expected.length, actual.length);
  for (let i = start; i < length && rows.length < maxDiffLines; i++) {
    if (i < expected.length && i < actual.length && expected[i] === actual[i]) rows.push(`  ${expected[i]}`);
    else {
      if (i < expected.length) rows.push(`- ${expected[i]}`);
      if (i < actual.length) rows.push(`+ ${actual[i]}`);
    }
  }
  if (rows.length >= maxDiffLines) rows.push('  …');
  return rows;
}

function describeOutputDifference(expected: readonly string[], actual: readonly string[]): string | null {
  const i = firstDifference(expected, actual);
  if (i < 0) return null;
  const where = `line ${i + 1} of output`;
  const counts = `printed ${actual.length} line${actual.length === 1 ? '' : 's'}, the lesson claims ${expected.length}`;
  if (i >= actual.length) return `${counts}: ${where} expected ${quote(expected[i])}, got nothing`;
  if (i >= expected.length) return `${counts}: ${where} ${quote(actual[i])} is not claimed`;
  const spaces = expected[i].trim() === actual[i].trim() ? ' (they differ only in spaces)' : '';
  return `${where} differs: expected ${quote(expected[i])}, got ${quote(actual[i])}${spaces}`;
}

/** Null when the run matches the claim; otherwise the first problem and the diff. */
export function compareOutput(claim: Expectation, result: RunResult): Mismatch | null {
  const problems: string[] = [];
  if (claim.expectedError === null) {
    if (result.error !== null) problems.push(describeError(result));
  } else if (result.error === null) {
    problems.push(`should fail with an error containing ${quote(claim.expectedError)} but ran without error`);
  } else if (result.errorKind === 'timeout') {
    problems.push(describeError(result));
  } else if (!result.error.includes(claim.expectedError)) {
    problems.push(`should fail with an error containing ${quote(claim.expectedError)} but ${describeError(result)}`);
  }

  let details: string[] = [];
  if (claim.expectedOutput !== null) {
    const difference = describeOutputDifference(claim.expectedOutput, result.lines);
    if (difference) {
      problems.push(result.errorKind === 'type' ? `${difference} (it was not run)` : difference);
      details = outputDiff(claim.expectedOutput, result.lines);
    }
  }
  if (problems.length === 0) return null;
  return { message: problems.join('; '), details };
}
