import type { Diagnostic, TestResult, Verdict } from '../grader/protocol/verdict';
import { timeoutExplanation } from '../grader/protocol/verdict-words';

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

function diagnosticText(d: Diagnostic): string {
  const where = d.file === 'code' ? `Line ${d.line}, column ${d.column}` : `The tests could not use your code (test line ${d.line})`;
  // Python's diagnostics (code 0) name themselves: `SyntaxError: …`.
  return d.code ? `${where}: ${d.message} (TS${d.code})` : `${where}: ${d.message}`;
}

function diffBlock(diff: string): HTMLElement {
  const pre = el('pre', 'diff');
  for (const line of diff.split('\n')) {
    const cls = line.startsWith('- ') || line === '-' ? 'expected' : line.startsWith('+ ') || line === '+' ? 'received' : undefined;
    pre.append(el('span', cls, `${line}\n`));
  }
  return pre;
}

function testItem(test: TestResult): HTMLElement {
  const li = el('li', `test ${test.status}`);
  li.append(el('span', 'mark', test.status === 'pass' ? '✓ ' : '✗ '), el('span', 'name', test.path.join(' › ')));
  if (test.failure) {
    li.append(el('p', 'failure', test.failure.message));
    if (test.failure.diff) li.append(diffBlock(test.failure.diff));
    if (test.failure.calls?.length) {
      li.append(el('p', 'calls-heading', 'The last calls on generators before it failed:'));
      li.append(el('pre', 'calls', test.failure.calls.join('\n')));
    }
  }
  return li;
}

/** Renders a verdict as text nodes only: nothing from the learner's code is parsed as HTML. */
export function renderVerdict(container: HTMLElement, v: Verdict, language: VerdictLanguage = 'typescript'): void {
  container.replaceChildren();
  container.dataset.verdict = v.solved ? 'solved' : v.outcome.kind === 'timeout' ? 'timeout' : 'failed';
  container.append(el('p', `headline ${v.solved ? 'solved' : 'unsolved'}`, headline(v, language)));

  if (v.outcome.kind === 'timeout') container.append(el('p', 'timeout', timeoutExplanation(v.outcome.limitMs, v.outcome.testPath, language)));
  if (v.outcome.kind === 'load-error') {
    container.append(el('p', 'failure', v.outcome.failure.message));
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
    for (const d of v.diagnostics) list.append(el('li', `diagnostic ${d.kind}`, diagnosticText(d)));
    container.append(list);
  }
  if (v.tests.length > 0) {
    container.append(el('h3', undefined, 'Tests'));
    const list = el('ul', 'tests');
    for (const test of v.tests) list.append(testItem(test));
    container.append(list);
  }
  if (v.console.length > 0) {
    container.append(el('h3', undefined, 'Console'));
    container.append(el('pre', 'console', v.console.map((line) => line.text).join('\n')));
  }
}
