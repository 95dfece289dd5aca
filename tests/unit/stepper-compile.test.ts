import { beforeAll, describe, expect, it } from 'vitest';
import { codeToHtml } from 'shiki';
import { CheckService } from '../../src/grader/compiler/check-service';
import { collectDeclarationFiles } from '../../src/grader/build/declaration-files';
import { answerInstrumentRequest } from '../../src/grader/compiler/instrument-sample';
import { codeFromFenceHtml } from '../../src/stepper/sample-code';
import { fixtureCode, fixtureTests } from '../support/grader-fixtures';

/** The compiler worker's stepper request, and how Stepper.astro reads its sample. */

let service: CheckService;
beforeAll(() => {
  service = new CheckService(collectDeclarationFiles());
}, 30_000);

const ask = (sampleId: string, code: string) => {
  const response = answerInstrumentRequest(service, { kind: 'instrument', id: 1, sampleId, code });
  if (!response.ok) throw new Error(response.error);
  return response.output;
};

describe('the compiler worker’s instrument request', () => {
  it('returns the sample instrumented, with no diagnostics for good code', () => {
    const output = ask('a', 'function* countdown(n: number) {\n  while (n > 0) yield n--;\n}\n');
    expect(output.diagnostics).toEqual([]);
    expect(output.sample?.functions.map((f) => f.name)).toEqual(['countdown']);
    expect(output.sample?.js).toContain('__st.paused(__stf, 2');
  });

  it('reports type errors with their position and still returns runnable code', () => {
    const code = "function* g() {\n  const n: number = 'one';\n  yield n;\n}\n";
    const output = ask('b', code);
    expect(output.diagnostics.map((d) => `${d.line}:${d.column} ${d.kind} TS${d.code}`)).toEqual(['2:9 type TS2322']);
    expect(output.sample).not.toBeNull();
  });

  it('returns no code for a syntax error, and clamps positions to the learner’s text', () => {
    const code = 'function* g() {\n  yield 1;\n';
    const output = ask('c', code);
    expect(output.sample).toBeNull();
    expect(output.diagnostics[0]).toMatchObject({ kind: 'syntax', message: "'}' expected." });
    expect(output.diagnostics.every((d) => d.to <= code.length)).toBe(true);
  });

  it('keeps each stepper’s sample apart, even for scripts declaring the same names', () => {
    const script = 'function* g() { yield 1; }\nconst shared = 1;\n';
    expect(ask('d', script).diagnostics).toEqual([]);
    expect(ask('e', script).diagnostics).toEqual([]);
  });

  it('leaves the exercise check working as before', () => {
    const { diagnostics, compiled } = service.check({ exerciseId: 'counter', stubName: 'counter.ts', testSource: fixtureTests, code: fixtureCode('pass') });
    expect(diagnostics).toEqual([]);
    expect(compiled?.code).not.toContain('__st');
  });
});

describe('reading the sample out of the rendered fence', () => {
  const render = (code: string) =>
    codeToHtml(code, { lang: 'ts', themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' }, defaultColor: false });

  it('recovers the exact source text', async () => {
    const code = "function* f(a: string) {\n  if (a < 'b' && a > \"c\") yield `x${a}`;\n\n  yield '&amp; é 🙂 <b>';\n}";
    const html = `<div>${await render(code)}</div>`;
    expect(codeFromFenceHtml(html, '<Stepper fn="f">')).toBe(code);
  });

  it('asks for exactly one fence', async () => {
    expect(() => codeFromFenceHtml('<p>no code</p>', '<Stepper fn="f">')).toThrow('<Stepper fn="f">: put exactly one code fence');
    const one = await render('function* f() {}');
    expect(() => codeFromFenceHtml(one + one, '<Stepper fn="f">')).toThrow('found 2');
  });
});
