import { beforeAll, describe, expect, it } from 'vitest';
import { CheckService, compileTests } from '../../src/grader/compiler/check-service';
import { collectDeclarationFiles } from '../../src/grader/build/declaration-files';
import { evaluateWithFunction, runTests, type RunResult } from '../../src/grader/runner/run-tests';
import { warmUpRunner } from '../../src/grader/runner/runner-warm-up';
import { isSolved, type ConsoleLine, type Diagnostic } from '../../src/grader/protocol/verdict';
import { fixtureCode, fixtureTests } from '../support/grader-fixtures';

let service: CheckService;
beforeAll(() => {
  service = new CheckService(collectDeclarationFiles());
}, 30_000);

async function grade(name: Parameters<typeof fixtureCode>[0]) {
  const { diagnostics, compiled } = service.check({ exerciseId: 'counter', stubName: 'counter.ts', testSource: fixtureTests, code: fixtureCode(name) });
  const console: ConsoleLine[] = [];
  let run: RunResult | null = null;
  if (compiled) run = await runTests(compiled, { onConsole: (l) => console.push(l), onTestStart() {}, onTestEnd() {} });
  const tests = run?.kind === 'finished' ? run.tests : [];
  const outcome = run === null ? ({ kind: 'not-run', reason: 'syntax' } as const) : run.kind === 'finished' ? ({ kind: 'finished' } as const) : run;
  return { diagnostics, tests, console, run, solved: isSolved({ diagnostics, tests, outcome }) };
}

const brief = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.kind} TS${d.code}`;

describe('the grader on its fixtures', () => {
  it('passes a correct solution', async () => {
    const result = await grade('pass');
    expect(result.diagnostics).toEqual([]);
    expect(result.tests.map((t) => t.status)).toEqual(['pass', 'pass']);
    expect(result.solved).toBe(true);
  });

  it('fails a wrong solution with the assertion and its diff', async () => {
    const result = await grade('fail');
    expect(result.solved).toBe(false);
    const [first] = result.tests;
    expect(first.path).toEqual(['counter', 'yields 1, 2, 3']);
    expect(first.status).toBe('fail');
    expect(first.failure?.message).toBe('expected [ +0, 1, 2 ] to deeply equal [ 1, 2, 3 ]');
    expect(first.failure?.diff).toContain('- Expected');
    expect(first.failure?.diff).toContain('+   0,');
    expect(first.failure?.diff).not.toContain(String.fromCharCode(27));
  });

  it('reports a type error with its position, runs the tests, and does not count it solved', async () => {
    const result = await grade('type-error');
    expect(result.diagnostics.map(brief)).toEqual(['code:3:9 type TS2322']);
    expect(result.diagnostics[0].message).toBe("Type 'string' is not assignable to type 'number'.");
    expect(result.tests.every((t) => t.status === 'pass')).toBe(true);
    expect(result.solved).toBe(false);
  });

  it('stops at a syntax error without running anything', async () => {
    const result = await grade('syntax-error');
    expect(result.run).toBeNull();
    expect(result.diagnostics.map(brief)).toEqual(['code:2:31 syntax TS1005']);
    expect(result.diagnostics[0].message).toBe("')' expected.");
  });

  it('reports an exception thrown by the code under test with its type', async () => {
    const result = await grade('throw');
    expect(result.tests[0].failure?.message).toBe('RangeError: no counting to 3 today');
    expect(result.tests[1].status).toBe('pass');
  });

  it('reports code that throws while loading as a load error', async () => {
    const result = await grade('load-error');
    expect(result.run).toEqual({ kind: 'load-error', failure: { message: 'broken at load' } });
  });

  it("captures the learner's console output, formatted as Node prints it", async () => {
    const result = await grade('console');
    expect(result.console).toEqual([
      { level: 'log', text: 'counting to 3 { n: 3 }' },
      { level: 'log', text: 'counting to 0 { n: 0 }' },
    ]);
  });

  it('type-checks the tests against the code: a missing export is the learner’s error', () => {
    const { diagnostics } = service.check({ exerciseId: 'counter', stubName: 'counter.ts', testSource: fixtureTests, code: 'export const count = 1;' });
    expect(diagnostics.map((d) => `${d.file} ${d.message}`)).toEqual([`tests '"./counter"' has no exported member named 'counter'. Did you mean 'count'?`]);
  });

  it('runs tests compiled ahead (as the build serves them) exactly as it runs tests it compiles itself', () => {
    const input = { exerciseId: 'counter-ahead', stubName: 'counter.ts', testSource: fixtureTests, code: fixtureCode('pass') };
    const ahead = compileTests(fixtureTests, 'counter.ts');
    expect(ahead.diagnostics).toEqual([]);
    expect(ahead.js).toContain('require("./counter")');
    expect(service.check({ ...input, compiledTests: ahead })).toEqual(service.check(input));
  });

  it('keeps each exercise’s files apart', () => {
    service.check({ exerciseId: 'other', stubName: 'counter.ts', testSource: fixtureTests, code: fixtureCode('type-error') });
    const { diagnostics } = service.check({ exerciseId: 'counter', stubName: 'counter.ts', testSource: fixtureTests, code: fixtureCode('pass') });
    expect(diagnostics).toEqual([]);
  });
});

describe('the harness', () => {
  it('refuses imports other than vitest and the learner’s file', async () => {
    const run = await runTests(
      { code: 'exports.x = 1;', stubModule: 'counter', tests: 'require("node:fs");' },
      { onConsole() {}, onTestStart() {}, onTestEnd() {} },
    );
    expect(run).toEqual({ kind: 'load-error', failure: { message: 'Cannot import "node:fs" here: the tests can use only "vitest" and ./counter' } });
  });

  it('runs beforeEach/afterEach hooks around each test and awaits async tests', async () => {
    const tests = `
      const { describe, it, expect, beforeEach, afterEach } = require('vitest');
      const log = [];
      describe('outer', () => {
        beforeEach(() => { log.push('before'); });
        afterEach(() => { log.push('after'); });
        it('a', async () => { await Promise.resolve(); log.push('a'); });
        it('b', () => { expect(log).toEqual(['before', 'a', 'after', 'before']); });
      });`;
    const ended: string[] = [];
    const run = await runTests(
      { code: '', stubModule: 'x', tests },
      { onConsole() {}, onTestStart() {}, onTestEnd: (r) => ended.push(`${r.path.join('/')}:${r.status}`) },
    );
    expect(run.kind).toBe('finished');
    expect(ended).toEqual(['outer/a:pass', 'outer/b:pass']);
  });

  it('fails a test whose awaited assertion rejects', async () => {
    const tests = `const { it, expect } = require('vitest'); it('async', async () => { await expect(Promise.resolve(3)).resolves.toBe(4); });`;
    const run = await runTests({ code: '', stubModule: 'x', tests }, { onConsole() {}, onTestStart() {}, onTestEnd() {} });
    expect(run.kind === 'finished' && run.tests[0].failure?.message).toBe('expected 3 to be 4 // Object.is equality');
  });
});

describe('generator feedback', () => {
  const run = (tests: string, code = '') =>
    runTests(
      { code, stubModule: 'gen', tests: `const { it, expect } = require('vitest'); const { gen } = require('./gen');\n${tests}` },
      { onConsole() {}, onTestStart() {}, onTestEnd() {} },
    );

  it('lists the last calls on generators before a failure', async () => {
    const result = await run(
      `it('pulls', () => { const g = gen(); g.next(); expect(g.next()).toEqual({ value: 3, done: false }); });`,
      'exports.gen = function* () { yield 1; yield 2; };',
    );
    expect(result.kind === 'finished' && result.tests[0].failure?.calls).toEqual(['next() → { value: 1, done: false }', 'next() → { value: 2, done: false }']);
  });

  it('stops a test that spreads an infinite generator, with an explanation, instead of hanging', async () => {
    const result = await run(
      `it('spreads', () => { expect([...gen()]).toHaveLength(3); });`,
      'exports.gen = function* () { let i = 0; while (true) yield i++; };',
    );
    const failure = result.kind === 'finished' ? result.tests[0].failure : undefined;
    expect(failure?.message).toMatch(/^RangeError: This test pulled more than 1,000,000 values from generators, so it was stopped\. Is a generator infinite/);
  });

  it('counts pulls per test, so a test after a big one starts from zero', async () => {
    const result = await run(
      `it('big', () => { let n = 0; for (const _ of gen(900000)) n++; expect(n).toBe(900000); });
       it('big again', () => { let n = 0; for (const _ of gen(900000)) n++; expect(n).toBe(900000); });`,
      'exports.gen = function* (n) { for (let i = 0; i < n; i++) yield i; };',
    );
    expect(result.kind === 'finished' && result.tests.map((t) => t.status)).toEqual(['pass', 'pass']);
  });
});

describe('checking again after an edit', () => {
  const tests =
    "import { expect, expectTypeOf, it } from 'vitest';\nimport { first } from './pick';\nit('types', () => { expectTypeOf(first).returns.toEqualTypeOf<number>(); expect(first()).toBe(1); });";
  const errorsFor = (code: string) => service.check({ exerciseId: 'pick', stubName: 'pick.ts', testSource: tests, code }).diagnostics.map(brief);

  it('checks the tests again when the code’s declarations change, and only then', () => {
    expect(errorsFor('export function first() { return 1; }')).toEqual([]);
    // The inferred return type changes: the tests' type assertion now fails.
    expect(errorsFor('export function first() { return "1"; }')).toEqual(['tests:3:63 type TS2344']);
    // A body edit that keeps the declarations keeps the tests' errors as they were…
    expect(errorsFor('export function first() { return "1" ; }')).toEqual(['tests:3:63 type TS2344']);
    // …and fixing the type clears them.
    expect(errorsFor('export function first(): number { return 1; }')).toEqual([]);
    expect(errorsFor('export function first(): number { return "1"; }')).toEqual(['code:1:35 type TS2322']);
  });
});

describe('warming the runner', () => {
  it('passes its own suite (one test passing, one failing) and leaves the next run unaffected', async () => {
    await expect(warmUpRunner(evaluateWithFunction)).resolves.toBeUndefined();
    expect((await grade('pass')).solved).toBe(true);
  });
});

describe('warming the compiler', () => {
  it('warms up without errors of its own, and a check afterwards is unaffected', () => {
    const fresh = new CheckService(collectDeclarationFiles());
    fresh.warm();
    const { diagnostics } = fresh.check({ exerciseId: 'counter', stubName: 'counter.ts', testSource: fixtureTests, code: fixtureCode('pass') });
    expect(diagnostics).toEqual([]);
  });
});
