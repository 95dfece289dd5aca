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
import type { answerHelp } from '../../src/grader/compiler/language-features';
import type { HelpQuery } from '../../src/grader/protocol/editor-help';
import { jobFor } from '../../src/cli/project-files';

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
  help: typeof answerHelp;
}

async function graderOn(typescript: 'package' | 'compiler-only'): Promise<Grader> {
  vi.resetModules();
  if (typescript === 'compiler-only') vi.doMock('typescript', () => import(modulePath));
  else vi.doUnmock('typescript');
  const { CheckService } = await import('../../src/grader/compiler/check-service');
  const { instrumentSample } = await import('../../src/grader/compiler/instrument');
  const { answerHelp } = await import('../../src/grader/compiler/language-features');
  return { service: new CheckService(libs), instrument: instrumentSample, help: answerHelp };
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
  it('is a different module from the package, with only the language-service features the editor uses', async () => {
    const ts = await import(modulePath);
    expect(ts).not.toBe(createRequire(import.meta.url)('typescript'));
    const files = new Map([['/a.ts', 'const a = 1;\na.']]);
    const ls = ts.createLanguageService({
      getCompilationSettings: () => ({ noLib: true }),
      getScriptFileNames: () => ['/a.ts'],
      getScriptVersion: () => '1',
      getScriptSnapshot: (name: string) => (files.has(name) ? ts.ScriptSnapshot.fromString(files.get(name)!) : undefined),
      getCurrentDirectory: () => '/',
      getDefaultLibFileName: () => '/lib.d.ts',
      fileExists: (name: string) => files.has(name),
      readFile: (name: string) => files.get(name),
    });
    expect(
      ls
        .getQuickInfoAtPosition('/a.ts', 6)
        ?.displayParts.map((p: { text: string }) => p.text)
        .join(''),
    ).toBe('const a: 1');
    expect(() => ls.findRenameLocations('/a.ts', 6, false, false)).toThrow(
      /findRenameLocations is not in the course's compiler-only TypeScript.*KEPT_SERVICES/,
    );
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
        // A project's other files, as the page sends them (a one-file exercise has none).
        files: jobFor(e, target === 'solutions' ? 'solution' : 'stub').files,
      };
      const expected = full.service.check(input);
      expect(trimmed.service.check(input), e.id).toEqual(expected);
      if (target === 'solutions') expect(expected.diagnostics, e.id).toEqual([]);
    }
  });

  it('gives the editor the same help as the package: completions, details, quick info, signature help, diagnostics', () => {
    for (const e of exercises) {
      const stub = readFileSync(e.stubFile, 'utf8');
      // The learner starts typing a call on the first parameter, where the stub's TODO is.
      const at = stub.indexOf('// TODO');
      if (at < 0) continue;
      const code = `${stub.slice(0, at)}Math.max(1, ${stub.slice(at)}`;
      const input = { exerciseId: e.id, stubName: e.track.stub, testSource: readFileSync(e.testFile, 'utf8'), code };
      const word = /\b(\w+)\s*[:,)]/.exec(stub.slice(stub.indexOf('(')))?.[1] ?? 'Math';
      const queries: HelpQuery[] = [
        { what: 'diagnostics' },
        { what: 'completions', position: at },
        { what: 'completion-details', position: at, name: 'Math' },
        { what: 'quick-info', position: stub.indexOf(word, stub.indexOf('(')) + 1 },
        { what: 'signature-help', position: at + 'Math.max(1, '.length, trigger: ',' },
      ];
      for (const query of queries) expect(trimmed.help(trimmed.service, input, query), `${e.id} ${query.what}`).toEqual(full.help(full.service, input, query));
      const help = trimmed.help(trimmed.service, input, queries[4]);
      expect(help.what === 'signature-help' && help.help?.signatures[0].prefix, e.id).toBe('max(');
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
