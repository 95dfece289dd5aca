import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCourseExercises } from '../../src/cli/course-target';
import { prepareChecks } from '../../src/cli/prepare-checks';

/**
 * `npm test` compiles and type-checks through a cache (src/cli/prepare-checks.ts):
 * a check is prepared again only when its code or tests changed, and a run
 * whose every check is in the cache does not load TypeScript at all.
 */
const [exercise] = loadCourseExercises();
const solution = readFileSync(exercise.solutionFile, 'utf8');

function workspace() {
  const cacheFile = join(mkdtempSync(join(tmpdir(), 'prepare-checks-')), 'cache', 'prepared.json');
  const prepare = async (code: string) => (await prepareChecks([{ exercise, code }], cacheFile))[0];
  return { cacheFile, prepare };
}

const messages = (prepared: Awaited<ReturnType<ReturnType<typeof workspace>['prepare']>>) =>
  prepared.diagnostics.map((d) => `${d.kind} TS${d.code}: ${d.message}`);

describe('the compile cache of npm test', () => {
  it('prepares code that changed, with its type errors, and stops at a syntax error', async () => {
    const { prepare } = workspace();
    const good = await prepare(solution);
    expect(messages(good)).toEqual([]);
    expect(good.compiled?.code).toContain('exports.');
    const typed = await prepare(`${solution}\nexport const wrong: number = 'text';\n`);
    expect(messages(typed)).toEqual(["type TS2322: Type 'string' is not assignable to type 'number'."]);
    expect(typed.compiled).not.toBeNull();
    const broken = await prepare(`${solution}\nexport const = ;\n`);
    expect(broken.diagnostics.every((d) => d.kind === 'syntax')).toBe(true);
    expect(broken.compiled).toBeNull();
  });

  it('answers from the cache for code prepared before, even a wrong result planted in it', async () => {
    const { cacheFile, prepare } = workspace();
    await prepare(solution);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const entry of Object.values(cache.entries) as { diagnostics: unknown[] }[]) entry.diagnostics = [{ kind: 'type', code: 1, message: 'planted' }];
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(messages(await prepare(solution))).toEqual(['type TS1: planted']);
  });

  it('ignores a cache written for another compiler set-up, and one that does not parse', async () => {
    const { cacheFile, prepare } = workspace();
    await prepare(solution);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    cache.setup = 'another set-up';
    for (const entry of Object.values(cache.entries) as { diagnostics: unknown[] }[]) entry.diagnostics = [{ kind: 'type', code: 1, message: 'planted' }];
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(messages(await prepare(solution))).toEqual([]);
    writeFileSync(cacheFile, '{ not json');
    expect(messages(await prepare(solution))).toEqual([]);
  });

  it('does not load TypeScript when every check is in the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prepare-checks-'));
    const cacheFile = join(dir, 'prepared.json');
    // A fresh process each time: the question is what one run of npm test loads.
    const script = join(dir, 'run.mts');
    writeFileSync(
      script,
      `import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { loadCourseExercises } from ${JSON.stringify(join(process.cwd(), 'src/cli/course-target.ts'))};
import { prepareChecks } from ${JSON.stringify(join(process.cwd(), 'src/cli/prepare-checks.ts'))};
const exercise = loadCourseExercises().find((e) => e.id === ${JSON.stringify(exercise.id)})!;
const [prepared] = await prepareChecks([{ exercise, code: readFileSync(exercise.solutionFile, 'utf8') }], ${JSON.stringify(cacheFile)});
const loaded = Object.keys(createRequire(import.meta.url).cache).some((file) => file.endsWith('typescript.js'));
console.log(JSON.stringify({ errors: prepared.diagnostics.length, loaded }));
`,
    );
    const run = () => JSON.parse(execFileSync(join(process.cwd(), 'node_modules/.bin/tsx'), [script], { encoding: 'utf8' }).trim().split('\n').at(-1)!);
    expect(run()).toEqual({ errors: 0, loaded: true });
    expect(run()).toEqual({ errors: 0, loaded: false });
  });
});
