import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compilerOnlyTypeScript } from '../../src/grader/build/compiler-only-typescript';
import { collectDeclarationFiles } from '../../src/grader/build/declaration-files';
import { loadCourseExercises, courseRoot } from '../../src/cli/course-target';
import { extractSamples } from '../../src/samples/extract-samples';
import type { CheckService } from '../../src/grader/compiler/check-service';
import type { instrumentSample } from '../../src/grader/compiler/instrument';

/**
 * The compiler worker runs a rewritten typescript.js (compiler-only-typescript.ts).
 * Here the grader's own modules run once on each TypeScript and must give the
 * same answers: diagnostics and JavaScript for every stub and solution, and
 * the stepper's instrumented code for every TypeScript sample in the lessons.
 */
const typescriptJs = readFileSync(createRequire(import.meta.url).resolve('typescript'), 'utf8');
const rewritten = compilerOnlyTypeScript(typescriptJs);
const modulePath = join(courseRoot, 'node_modules/.cache/course/compiler-only-typescript.mjs');
mkdirSync(join(modulePath, '..'), { recursive: true });
writeFileSync(modulePath, rewritten);

interface Grader {
  service: CheckService;
  instrument: typeof instrumentSample;
}

async function graderOn(typescript: 'package' | 'compiler-only'): Promise<Grader> {
  vi.resetModules();
  if (typescript === 'compiler-only') vi.doMock('typescript', () => import(modulePath));
  else vi.doUnmock('typescript');
  const { CheckService } = await import('../../src/grader/compiler/check-service');
  const { instrumentSample } = await import('../../src/grader/compiler/instrument');
  return { service: new CheckService(libs), instrument: instrumentSample };
}

const libs = collectDeclarationFiles();
const exercises = loadCourseExercises();
let full: Grader;
let trimmed: Grader;

beforeAll(async () => {
  full = await graderOn('package');
  trimmed = await graderOn('compiler-only');
  vi.doUnmock('typescript');
}, 60_000);

function lessonSamples(): { where: string; code: string }[] {
  const content = join(courseRoot, 'content');
  return readdirSync(content, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) =>
      extractSamples(readFileSync(join(content, name), 'utf8'))
        .samples.filter((sample) => sample.lang === 'ts')
        .map((sample, index) => ({ where: `${name} #${index + 1}`, code: sample.code })),
    );
}

describe('the compiler-only TypeScript', () => {
  it('is a different module from the package, without the language service’s node methods', async () => {
    const ts = await import(modulePath);
    const node = ts.createSourceFile('a.ts', 'let a = 1;', ts.ScriptTarget.ES2022);
    expect(typeof node.getLineAndCharacterOfPosition).toBe('undefined');
    expect(ts.getLineAndCharacterOfPosition(node, 4)).toEqual({ line: 0, character: 4 });
  });

  it('exports every name typescript.js exports', async () => {
    const ts = await import(modulePath);
    const names = Object.keys(createRequire(import.meta.url)('typescript')).sort();
    expect(Object.keys(ts).sort()).toEqual(names);
  });

  it.each([
    ['stub', 'exercises'],
    ['solution', 'solutions'],
  ] as const)('checks every %s as the package does: the same errors and the same JavaScript', (_, target) => {
    for (const e of exercises) {
      const input = {
        exerciseId: e.id,
        stubName: e.track.stub,
        testSource: readFileSync(e.testFile, 'utf8'),
        code: readFileSync(target === 'solutions' ? e.solutionFile : e.stubFile, 'utf8'),
      };
      const expected = full.service.check(input);
      expect(trimmed.service.check(input), e.id).toEqual(expected);
      if (target === 'solutions') expect(expected.diagnostics, e.id).toEqual([]);
    }
  });

  it('instruments every TypeScript sample in the lessons as the package does', () => {
    const samples = lessonSamples();
    expect(samples.length).toBeGreaterThan(50);
    for (const { where, code } of samples) expect(trimmed.instrument(code), where).toEqual(full.instrument(code));
  });

  it('leaves out the transformers the course never runs, and says so if options ever need one', async () => {
    const ts = await import(modulePath);
    const code = 'export async function* pairs() { yield* [1, 2]; }';
    const course = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 };
    expect(ts.transpileModule(code, { compilerOptions: course }).outputText).toContain('async function* pairs()');
    expect(() => ts.transpileModule(code, { compilerOptions: { ...course, target: ts.ScriptTarget.ES2017 } })).toThrow(
      /transformES2021 is not in the course's compiler-only TypeScript/,
    );
    expect(() => ts.transpileModule(code, { compilerOptions: { ...course, module: ts.ModuleKind.System } })).toThrow(/transformSystemModule is not in/);
  });

  it('refuses a typescript.js of another shape, naming the file to update', () => {
    expect(() => compilerOnlyTypeScript('var x = 1;')).toThrow(/does not have its opening .* src\/grader\/build\/compiler-only-typescript\.ts/);
  });
});
