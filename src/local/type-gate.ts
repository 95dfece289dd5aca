import { expect, inject, it } from 'vitest';
import { basename, dirname } from 'node:path';

/**
 * Setup file run before each exercise's test file: if the exercise has type
 * errors, it adds a failing test that shows the compiler's words, so an
 * exercise only passes locally when it also type-checks (as in the browser).
 */
const testPath = expect.getState().testPath ?? '';
const folder = basename(dirname(testPath));
const slug = folder.replace(/^\d{2}-/, '');
const errors = inject('courseTypeErrors')[slug] ?? [];

if (errors.length > 0) {
  it('type-checks', () => {
    const error = new Error(`TypeScript found ${errors.length} type error(s):\n${errors.join('\n')}`);
    error.stack = error.message;
    throw error;
  });
}
