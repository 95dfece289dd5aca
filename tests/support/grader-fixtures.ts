import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../fixtures/grader');

/** The grader fixtures: one test file and one learner file per outcome (pass, fail, type error, throw…). */
export const fixtureTests = readFileSync(join(dir, 'counter.test.ts'), 'utf8');
export function fixtureCode(name: 'pass' | 'fail' | 'type-error' | 'syntax-error' | 'throw' | 'load-error' | 'endless' | 'console'): string {
  return readFileSync(join(dir, `${name}.ts`), 'utf8');
}
