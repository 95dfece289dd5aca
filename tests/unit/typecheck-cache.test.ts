import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourseExercises } from '../../src/cli/course-target';
import { typecheckWithCache } from '../../src/cli/typecheck';

/**
 * `npm test` type-checks through a cache (src/cli/typecheck.ts): an exercise
 * is checked again only when its code or tests changed, and a run whose every
 * exercise is in the cache does not load TypeScript at all.
 */
const [exercise] = loadCourseExercises();
const solution = readFileSync(exercise.solutionFile, 'utf8');

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'typecheck-cache-'));
  const code = join(dir, 'code.ts');
  const cacheFile = join(dir, 'cache', 'typecheck.json');
  const check = (text: string) => {
    writeFileSync(code, text);
    return typecheckWithCache([exercise], new Map([[exercise.stubFile, code]]), cacheFile);
  };
  return { dir, code, cacheFile, check };
}

describe('the type-check cache of npm test', () => {
  it('checks code that changed, and reports its errors', () => {
    const { check } = workspace();
    expect(check(solution)).toEqual({});
    const broken = check(`${solution}\nexport const wrong: number = 'text';\n`);
    expect(broken[exercise.id].join('\n')).toContain("error TS2322: Type 'string' is not assignable to type 'number'.");
    expect(check(solution)).toEqual({});
  }, 30_000);

  it('answers from the cache for code checked before, even a wrong result planted in it', () => {
    const { cacheFile, check } = workspace();
    check(solution);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    cache.entries[exercise.id].errors = ['planted'];
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(check(solution)).toEqual({ [exercise.id]: ['planted'] });
  }, 30_000);

  it('ignores a cache written for another compiler set-up', () => {
    const { cacheFile, check } = workspace();
    check(solution);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    cache.setup = 'another set-up';
    cache.entries[exercise.id].errors = ['planted'];
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(check(solution)).toEqual({});
  }, 30_000);

  it('does not load TypeScript when every exercise is in the cache', () => {
    const { dir, code, cacheFile } = workspace();
    writeFileSync(code, solution);
    // A fresh process each time: the question is what one run of npm test loads.
    const script = join(dir, 'run.ts');
    writeFileSync(
      script,
      `import { createRequire } from 'node:module';
import { loadCourseExercises } from ${JSON.stringify(join(process.cwd(), 'src/cli/course-target.ts'))};
import { typecheckWithCache } from ${JSON.stringify(join(process.cwd(), 'src/cli/typecheck.ts'))};
const exercise = loadCourseExercises().find((e) => e.id === ${JSON.stringify(exercise.id)})!;
const errors = typecheckWithCache([exercise], new Map([[exercise.stubFile, ${JSON.stringify(code)}]]), ${JSON.stringify(cacheFile)});
const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.endsWith('typescript.js'));
console.log(JSON.stringify({ errors, loaded }));
`,
    );
    const run = () => JSON.parse(execFileSync(join(process.cwd(), 'node_modules/.bin/tsx'), [script], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
    expect(run()).toEqual({ errors: {}, loaded: true });
    expect(run()).toEqual({ errors: {}, loaded: false });
  }, 60_000);
});
