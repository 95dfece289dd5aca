import { beforeEach, expect, inject, it, onTestFailed, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { installGeneratorTrace } from '../grader/runner/generator-trace';

/**
 * Setup file run before each exercise's test file, so `npm test` applies the
 * browser's rules: the exercise's own time limit, and a failing test showing
 * the compiler's words when the exercise has type errors (an exercise only
 * counts as solved when it also type-checks).
 */
const testPath = expect.getState().testPath ?? '';
const folder = dirname(testPath);
const slug = basename(folder).replace(/^\d{2}-/, '');

const meta = JSON.parse(readFileSync(join(folder, 'exercise.json'), 'utf8')) as { timeoutMs?: number };
vi.setConfig({ testTimeout: meta.timeoutMs ?? 3000 });

const errors = inject('courseTypeErrors')[slug] ?? [];
if (errors.length > 0) {
  it('type-checks', () => {
    const error = new Error(`TypeScript found ${errors.length} type error(s):\n${errors.join('\n')}`);
    error.stack = error.message;
    throw error;
  });
}

// The browser's feedback, here too: a runaway pull is stopped with an
// explanation, and a failure lists the last calls made on generators.
const trace = installGeneratorTrace();
beforeEach(() => {
  trace.reset();
  onTestFailed(({ task }) => {
    const calls = trace.recent();
    const error = task.result?.errors?.[0];
    if (error && calls.length > 0) error.message += `\n\nThe last calls on generators before it failed:\n${calls.map((c) => `  ${c}`).join('\n')}`;
  });
});
