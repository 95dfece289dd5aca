import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CheckService } from '../../src/grader/compiler/check-service';
import { collectDeclarationFiles, collectWithComments, programLibOrder } from '../../src/grader/build/declaration-files';
import { loadCourseExercises } from '../../src/cli/course-target';
import { typecheckEntries } from '../../src/cli/typecheck';
import { jobFor } from '../../src/cli/project-files';

/**
 * The browser's compiler (libs printed without comments and joined, in a
 * virtual file system, one exercise at a time) and `npm test`'s (tsc's program over the
 * files on disk) must point a learner at the same errors: checked on every
 * stub and every solution.
 */
const exercises = loadCourseExercises();
const hostileDir = join(import.meta.dirname, '../hostile');
let bare: CheckService;
let commented: CheckService;

beforeAll(() => {
  bare = new CheckService(collectDeclarationFiles());
  commented = new CheckService(collectWithComments());
}, 30_000);

/** A project's other files, by name, as found in `exercises/` or `solutions/` (a one-file exercise has none). */
const filesOf = (e: (typeof exercises)[number], target: 'exercises' | 'solutions') => jobFor(e, target === 'solutions' ? 'solution' : 'stub').files;

function errors(service: CheckService, id: string, stubName: string, testFile: string, code: string, files?: Record<string, string>): string[] {
  const { diagnostics } = service.check({ exerciseId: id, stubName, testSource: readFileSync(testFile, 'utf8'), code, files });
  return diagnostics.map((d) => `${d.file === 'code' ? (d.module ?? stubName) : basename(testFile)}:${d.line}:${d.column} error TS${d.code}: ${d.message}`);
}

/** `take.test.ts:12` of `take.test.ts:12:5 error TS2345: …` */
const place = (error: string) => /^[^:]+:\d+/.exec(error)![0];

describe.each([
  ['stub', 'exercises'],
  ['solution', 'solutions'],
] as const)('every %s', (_, target) => {
  const codeOf = (e: (typeof exercises)[number]) => readFileSync(target === 'solutions' ? e.solutionFile : e.stubFile, 'utf8');

  it("gets the same errors with the libraries as the browser gets them as with TypeScript's own files", () => {
    for (const e of exercises) {
      const files = filesOf(e, target);
      expect(errors(bare, e.id, e.track.stub, e.testFile, codeOf(e), files), e.id).toEqual(errors(commented, e.id, e.track.stub, e.testFile, codeOf(e), files));
    }
  });

  // npm test checks all exercises in one program, where the order TypeScript
  // meets types in can change which overload's complaint it reports; the
  // lines it complains about stay the same.
  it('has errors on the same lines in the browser as under npm test', () => {
    const local = typecheckEntries(exercises.map((e) => ({ stubName: e.track.stub, testFile: e.testFile, code: codeOf(e), files: filesOf(e, target) })));
    exercises.forEach((e, i) => {
      const browser = errors(bare, e.id, e.track.stub, e.testFile, codeOf(e), filesOf(e, target));
      const cli = local[i].map(
        (d) => `${d.file === 'code' ? (d.module ?? e.track.stub) : basename(e.testFile)}:${d.line}:${d.column} error TS${d.code}: ${d.message}`,
      );
      expect([...new Set(browser.map(place))], e.id).toEqual([...new Set(cli.map(place))]);
      if (target === 'solutions') expect(browser, e.id).toEqual([]);
    });
  });
});

/** Wrong code that leans on the libs: overloads, lib-version hints, globals merged from several lib files. */
const libHeavy = [
  'export const a = [1, 2, 3].map((n: string) => n);',
  "export const b = [1, 2].reduce((sum, n) => sum + n, '');",
  "export const c: Promise<number[]> = Promise.all([1, Promise.resolve('x')]);",
  'export const d = [1, 2].findLast((n) => n > 1);',
  'export const e = Object.groupBy([1], (n) => n);',
  'export const f: number = 10n;',
  "export const g = new Intl.NumberFormat('en').format('x');",
  "export const h = 'abc'.replaceAll(1, 'b');",
  'export const i: string = Iterator.from([1, 2]).map((n) => n * 2).toArray();',
  'export function* j(): Generator<number, string, boolean> { const sent: string = yield 1; return 2; }',
  'export async function* k() { yield 1; }\nfor await (const x of k()) { const y: string = x; }',
  "export const l = new Map<string, number>([['a', 'b']]);",
  'export const m: symbol = Symbol.asyncIterator.description;',
  'export const n = new WeakRef(1);',
  'export const o = structuredClone({});',
  "export const p = [1, 2][Symbol.iterator]().drop('1');",
  'export const q = new Set([1]).union(new Set([2]));',
  'export const r = Array.from({ length: 2 }, (_, i: string) => i);',
  'export const s = JSON.parse(1);',
  "export const t = new Error('x', { cause: 1 }).cause.toFixed();",
];

describe('the libraries as the browser gets them', () => {
  it("give the same errors as TypeScript's own lib files on wrong code that leans on them", () => {
    const sources = [
      ...libHeavy,
      ...readdirSync(hostileDir)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => readFileSync(join(hostileDir, name), 'utf8')),
    ];
    const check = (service: CheckService, code: string) =>
      service
        .check({
          exerciseId: 'libs',
          stubName: 'uses.ts',
          testSource: "import * as uses from './uses';\nexport const keys: string[] = Object.keys(uses);",
          code,
        })
        .diagnostics.map((d) => `${d.file}:${d.line}:${d.column} TS${d.code}: ${d.message}`);
    let errors = 0;
    for (const code of sources) {
      const expected = check(commented, code);
      errors += expected.length;
      expect(check(bare, code), code.slice(0, 80)).toEqual(expected);
    }
    expect(errors, 'errors found in all').toBeGreaterThan(libHeavy.length); // the comparison is of wrong code, not of empty lists
  });

  it("are TypeScript's global libs joined into one file, the module lib on its own, the licence kept, at under half the size", () => {
    const full = collectWithComments();
    const browser = collectDeclarationFiles();
    const libs = (files: Record<string, string>) => Object.keys(files).filter((path) => /^\/lib\./.test(path));
    expect(libs(full).length).toBeGreaterThan(50);
    expect(libs(browser).sort()).toEqual(['/lib.es2022.d.ts', '/lib.es2025.iterator.d.ts']);
    expect(programLibOrder(browser)).toEqual(['/lib.es2022.d.ts', '/lib.es2025.iterator.d.ts']);
    // Everything else is as it was.
    for (const path of Object.keys(full).filter((path) => !/^\/lib\./.test(path))) expect(browser, path).toHaveProperty([path]);
    const joined = browser['/lib.es2022.d.ts'];
    expect(joined.match(/Copyright \(c\) Microsoft Corporation/g)).toHaveLength(1);
    expect(joined).toContain('interface ArrayConstructor'); // es5
    expect(joined).toContain('interface SymbolConstructor'); // es2015.symbol
    expect(joined).toContain('interface BigInt'); // es2020.bigint
    expect(joined).not.toContain('/// <reference lib=');
    expect(joined).not.toContain('Returns the value of the first element');
    expect(browser['/lib.es2025.iterator.d.ts']).toMatch(/^export \{\};$/m);
    expect(browser['/lib.es2025.iterator.d.ts']).not.toContain('/// <reference lib=');
    const total = (files: Record<string, string>) => Object.values(files).reduce((n, text) => n + text.length, 0);
    expect(total(browser)).toBeLessThan(total(full) / 2);
  });
});
