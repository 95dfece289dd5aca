import type { Diagnostic, TestResult, Verdict } from '../grader/protocol/verdict';
import { timeoutExplanation } from '../grader/protocol/verdict-words';
import { milestoneResults, type MilestoneSpec } from '../grader/protocol/milestones';

export { timeoutExplanation };

/** The language of the code the verdict is about: Python has no type check, and its own words for runaway code. */
export type VerdictLanguage = 'typescript' | 'python';

export function headline(v: Verdict, language: VerdictLanguage = 'typescript'): string {
  if (v.solved)
    return language === 'python' ? `Solved: all ${v.tests.length} tests pass.` : `Solved: all ${v.tests.length} tests pass and the code type-checks.`;
  const failed = v.tests.filter((t) => t.status === 'fail').length;
  const typeErrors = v.diagnostics.length;
  switch (v.outcome.kind) {
    case 'not-run':
      return v.outcome.reason;
    case 'timeout':
      return 'Stopped: your code ran too long.';
    case 'crashed':
      return `The test run crashed: ${v.outcome.message}`;
    case 'load-error':
      return 'Your code threw an error before the tests could start.';
  }
  const parts = [];
  if (failed > 0) parts.push(`${failed} of ${v.tests.length} tests fail`);
  const unhandled = v.outcome.unhandled?.length ?? 0;
  if (unhandled > 0) parts.push(`${unhandled} error${unhandled === 1 ? '' : 's'} nobody handled`);
  if (typeErrors > 0) parts.push(`${typeErrors} type error${typeErrors === 1 ? '' : 's'}`);
  if (parts.length === 0) parts.push('no tests ran');
  return `Not yet: ${parts.join(', ')}.`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Chai prints a zero as `+0` in its messages (`expected [ +0, 1 ] to …`),
 * which reads as a different value from the `0` in the tests. `-0` keeps its sign.
 */
export function plainZeros(message: string): string {
  return message.replace(/(^|[\s[(,{:])\+0(?=[\s,\])}]|$)/g, '$10');
}

/** A compiler message; one in the learner's file is a button that selects its place in the editor. */
function diagnosticItem(d: Diagnostic, onJump?: (d: Diagnostic) => void, entryName?: string): HTMLElement {
  const li = el('li', `diagnostic ${d.kind}`);
  // Python's diagnostics (code 0) name themselves: `SyntaxError: …`.
  const text = d.code ? `${d.message} (TS${d.code})` : d.message;
  if (d.file !== 'code') {
    li.textContent = `The tests could not use your code (test line ${d.line}): ${text}`;
    return li;
  }
  // In a project, the message names its file (the entry's when it has no `module`).
  const file = d.module ?? entryName;
  const where = `${file ? `${file}, line` : 'Line'} ${d.line}, column ${d.column}`;
  if (onJump) {
    const jump = el('button', 'jump', where);
    jump.type = 'button';
    jump.setAttribute('aria-label', `${where}: go to it in the code`);
    jump.addEventListener('click', () => onJump(d));
    li.append(jump, `: ${text}`);
  } else li.textContent = `${where}: ${text}`;
  return li;
}

function diffBlock(diff: string): HTMLElement {
  const pre = el('pre', 'diff');
  for (const line of diff.split('\n')) {
    const cls = line.startsWith('- ') || line === '-' ? 'expected' : line.startsWith('+ ') || line === '+' ? 'received' : undefined;
    pre.append(el('span', cls, `${line}\n`));
  }
  return pre;
}

/**
 * A test's line. A failing test is a disclosure: the first one open, the
 * others closed with their names showing, so six failures do not make a
 * panel taller than the page. Calls already listed for an earlier failure
 * are not printed again.
 */
function testItem(test: TestResult, open: boolean, earlier: Map<string, string>): HTMLElement {
  const li = el('li', `test ${test.status}`);
  const name = test.path.join(' › ');
  if (!test.failure) {
    li.append(el('span', 'mark', '✓ '), el('span', 'name', name));
    return li;
  }
  const details = el('details');
  details.open = open;
  const summary = el('summary');
  summary.append(el('span', 'mark', '✗ '), el('span', 'name', name));
  details.append(summary, el('p', 'failure', plainZeros(test.failure.message)));
  if (test.failure.diff) details.append(diffBlock(test.failure.diff));
  if (test.failure.calls?.length) {
    const calls = test.failure.calls.join('\n');
    const same = earlier.get(calls);
    if (same) details.append(el('p', 'calls-heading', `The last calls on generators were the same as in “${same}”.`));
    else {
      earlier.set(calls, name);
      details.append(el('p', 'calls-heading', 'The last calls on generators before it failed:'), el('pre', 'calls', calls));
    }
  }
  li.append(details);
  return li;
}

/**
 * Renders a verdict as text nodes only: nothing from the learner's code is
 * parsed as HTML. `onJump` makes each compiler message in the learner's file
 * a button that takes the learner to its line.
 */
export function renderVerdict(
  container: HTMLElement,
  v: Verdict,
  options: {
    onJump?: (d: Diagnostic) => void;
    language?: VerdictLanguage;
    /** A project's entry file: each compiler message then names its file. */
    entryName?: string;
    /** A project's milestones: each one's pass or fail is shown above the tests. */
    milestones?: readonly MilestoneSpec[];
  } = {},
): void {
  const language = options.language ?? 'typescript';
  container.replaceChildren();
  container.dataset.verdict = v.solved ? 'solved' : v.outcome.kind === 'timeout' ? 'timeout' : 'failed';
  container.append(el('p', `headline ${v.solved ? 'solved' : 'unsolved'}`, headline(v, language)));

  if (v.outcome.kind === 'timeout') container.append(el('p', 'timeout', timeoutExplanation(v.outcome.limitMs, v.outcome.testPath, language)));
  if (v.outcome.kind === 'load-error') {
    container.append(el('p', 'failure', plainZeros(v.outcome.failure.message)));
  }
  if (v.outcome.kind === 'finished' && v.outcome.unhandled?.length) {
    container.append(el('h3', undefined, 'Errors nobody handled'));
    const list = el('ul', 'unhandled');
    for (const failure of v.outcome.unhandled) list.append(el('li', 'failure', failure.message));
    container.append(list);
  }
  if (v.diagnostics.length > 0) {
    container.append(el('h3', undefined, language === 'python' ? 'Syntax' : 'Compiler'));
    const list = el('ul', 'diagnostics');
    for (const d of v.diagnostics) list.append(diagnosticItem(d, options.onJump, options.entryName));
    container.append(list);
  }
  if (options.milestones?.length && v.outcome.kind !== 'not-run') {
    container.append(el('h3', undefined, 'Milestones'));
    const list = el('ol', 'milestones');
    for (const m of milestoneResults(options.milestones, v, language)) {
      const li = el('li', m.passed ? 'milestone passed' : 'milestone failed');
      li.dataset.milestone = m.id;
      li.dataset.passed = String(m.passed);
      li.append(el('span', 'mark', m.passed ? '✓ ' : '✗ '), `${m.title}: ${m.passedTests} of ${m.total} tests pass`);
      list.append(li);
    }
    container.append(list);
  }
  if (v.tests.length > 0) {
    container.append(el('h3', undefined, 'Tests'));
    const list = el('ul', 'tests');
    const firstFailure = v.tests.find((t) => t.failure);
    const calls = new Map<string, string>();
    for (const test of v.tests) list.append(testItem(test, test === firstFailure, calls));
    container.append(list);
  }
  if (v.console.length > 0) {
    container.append(el('h3', undefined, 'Console'));
    container.append(el('pre', 'console', v.console.map((line) => line.text).join('\n')));
  }
}
