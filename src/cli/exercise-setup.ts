import { beforeEach, expect, onTestFailed, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { installGeneratorTrace } from '../grader/runner/generator-trace';

/**
 * Setup file run before each exercise's test file when the exercises run
 * under Vitest itself (`npx vitest run exercises/…`, for authors, and the
 * unit test that proves the course's harness agrees with Vitest): the
 * exercise's own time limit and the generator trace. `npm test` does not use
 * Vitest; it runs the browser's own harness (src/cli/grade.ts).
 */
const folder = dirname(expect.getState().testPath ?? '');

const meta = JSON.parse(readFileSync(join(folder, 'exercise.json'), 'utf8')) as { timeoutMs?: number };
vi.setConfig({ testTimeout: meta.timeoutMs ?? 3000 });

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
