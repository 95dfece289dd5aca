import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CheckService } from '../../src/grader/check-service';
import { collectDeclarationFiles, collectWithComments } from '../../src/grader/declaration-files';
import { loadCourseExercises, overlayMap } from '../../src/local/course-target';
import { typecheckExercises } from '../../src/local/typecheck';

/**
 * The browser's compiler (libs printed without comments, in a virtual file
 * system, one exercise at a time) and `npm test`'s (tsc's program over the
 * files on disk) must point a learner at the same errors: checked on every
 * stub and every solution.
 */
const exercises = loadCourseExercises();
let bare: CheckService;
let commented: CheckService;

beforeAll(() => {
  bare = new CheckService(collectDeclarationFiles());
  commented = new CheckService(collectWithComments());
}, 30_000);

function errors(service: CheckService, id: string, stubName: string, testFile: string, code: string): string[] {
  const { diagnostics } = service.check({ exerciseId: id, stubName, testSource: readFileSync(testFile, 'utf8'), code });
  return diagnostics.map((d) => `${d.file === 'code' ? stubName : basename(testFile)}:${d.line}:${d.column} error TS${d.code}: ${d.message}`);
}

/** `take.test.ts:12` of `take.test.ts:12:5 error TS2345: …` */
const place = (error: string) => /^[^:]+:\d+/.exec(error)![0];

describe.each([
  ['stub', 'exercises'],
  ['solution', 'solutions'],
] as const)('every %s', (_, target) => {
  const codeOf = (e: (typeof exercises)[number]) => readFileSync(target === 'solutions' ? e.solutionFile : e.stubFile, 'utf8');

  it('gets the same errors with the libraries printed without comments as with them', () => {
    for (const e of exercises) {
      expect(errors(bare, e.id, e.meta.stub, e.testFile, codeOf(e)), e.id).toEqual(errors(commented, e.id, e.meta.stub, e.testFile, codeOf(e)));
    }
  });

  // npm test checks all exercises in one program, where the order TypeScript
  // meets types in can change which overload's complaint it reports; the
  // lines it complains about stay the same.
  it('has errors on the same lines in the browser as under npm test', () => {
    const local = typecheckExercises(exercises, overlayMap(exercises, target));
    expect(local['(course)']).toBeUndefined();
    for (const e of exercises) {
      const browser = errors(bare, e.id, e.meta.stub, e.testFile, codeOf(e));
      expect([...new Set(browser.map(place))], e.id).toEqual([...new Set((local[e.id] ?? []).map(place))]);
      if (target === 'solutions') expect(browser, e.id).toEqual([]);
    }
  });
});

describe('the libraries without comments', () => {
  it('keep every file, licence header and lib reference, at under half the size', () => {
    const full = collectWithComments();
    const without = collectDeclarationFiles();
    expect(Object.keys(without)).toEqual(Object.keys(full));
    expect(without['/lib.es2015.d.ts']).toContain('/// <reference lib="es2015.iterable" />');
    expect(without['/lib.es5.d.ts']).toContain('Copyright (c) Microsoft Corporation');
    expect(without['/lib.es5.d.ts']).not.toContain('Returns the value of the first element');
    const total = (files: Record<string, string>) => Object.values(files).reduce((n, text) => n + text.length, 0);
    expect(total(without)).toBeLessThan(total(full) / 2);
  });
});
