import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One submission of tests/hostile/ (see its README): what it is for, and the verdict it must get. */
export interface HostileCase {
  file: string;
  exercise: string;
  code: string;
  expected: 'failed' | 'timeout' | 'solved';
  /** Text the verdict must contain. */
  text?: string;
}

const CORPUS = 'tests/hostile';

/** Every case in tests/hostile/, plus one generated here: a megabyte of code, refused for its size. */
export function hostileCases(): HostileCase[] {
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.ts'))
    .map((file) => {
      const code = readFileSync(join(CORPUS, file), 'utf8');
      const header = (key: string) => new RegExp(`^// ${key}: (.*)$`, 'm').exec(code)?.[1];
      return {
        file,
        code,
        exercise: header('exercise') ?? 'count-up-to-class',
        expected: header('expect') as HostileCase['expected'],
        text: header('expect-text'),
      };
    });
  const wrong = readFileSync(join(CORPUS, 'empty.ts'), 'utf8');
  const megabyte = {
    file: 'one-megabyte (generated)',
    exercise: 'count-up-to-class',
    expected: 'failed' as const,
    text: '200 KB',
    code: `${wrong}\n// ${'x'.repeat(1_000_000)}\n`,
  };
  return [...files, megabyte];
}

const PYTHON_CORPUS = 'tests/hostile/python';

/** Every case in tests/hostile/python/: Python submissions for the exercise `chain`. */
export function pythonHostileCases(): HostileCase[] {
  return readdirSync(PYTHON_CORPUS)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((file) => {
      const code = readFileSync(join(PYTHON_CORPUS, file), 'utf8');
      const header = (key: string) => new RegExp(`^# ${key}: (.*)$`, 'm').exec(code)?.[1];
      return {
        file,
        code,
        exercise: header('exercise') ?? 'chain',
        expected: header('expect') as HostileCase['expected'],
        text: header('expect-text'),
      };
    });
}
