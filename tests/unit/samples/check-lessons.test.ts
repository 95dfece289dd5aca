// Runs the real checker (Chromium and Pyodide) on the fixture lessons.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkLessons, formatReport, type CheckReport, type LessonReport } from '../../../src/samples/check-lessons';

const fixture = (name: string) => {
  const file = `tests/fixtures/samples/${name}`;
  return { file, text: readFileSync(file, 'utf8') };
};

const fence = '```';
/** Samples that must not see each other, and samples that never finish. */
const isolation = {
  file: 'isolation.mdx',
  text: [
    `${fence}ts run`,
    '(globalThis as { shared?: number }).shared = 1;',
    '(Array.prototype as { patched?: boolean }).patched = true;',
    'var topLevel = 1;',
    fence,
    `${fence}ts run`,
    "console.log(typeof (globalThis as { shared?: number }).shared, 'patched' in [], typeof topLevel); // → undefined false undefined",
    'declare var topLevel: unknown;',
    fence,
    `${fence}ts run`,
    'while (true) {}',
    fence,
    `${fence}python run`,
    'shared = 1',
    fence,
    `${fence}python run`,
    "print('shared' in globals(), __name__)  # → False __main__",
    fence,
    `${fence}python run`,
    'while True: pass',
    fence,
    `${fence}ts run`,
    'console.log = () => {};',
    fence,
    `${fence}ts run`,
    "console.log('still printing'); // → still printing",
    fence,
    `${fence}python run`,
    'import builtins',
    'builtins.print = lambda *args: None',
    fence,
    `${fence}python run`,
    "print('still printing')  # → still printing",
    fence,
  ].join('\n'),
};

/** Samples whose truth depends on the runtime: CPython scripts, Node's own modules. */
const runtimes = {
  file: 'runtimes.mdx',
  text: [
    `${fence}python run`,
    'import asyncio',
    'async def one():',
    '    return 1',
    'print(await one())  # → 1',
    fence,
    `${fence}python run env="cpython"`,
    'import threading',
    "t = threading.Thread(target=lambda: print('in a thread'))",
    't.start(); t.join()  # → in a thread',
    fence,
    `${fence}ts run env="node"`,
    "import { Readable } from 'node:stream';",
    "for await (const chunk of Readable.from(['a', 'b'])) console.log(chunk);",
    fence,
    '',
    `${fence}text output`,
    'a',
    'b',
    fence,
    `${fence}ts run env="node" error="ENOENT"`,
    "import { readFileSync } from 'node:fs';",
    "readFileSync('/no/such/file');",
    fence,
  ].join('\n'),
};

let report: CheckReport;
const lesson = (file: string): LessonReport => report.lessons.find((l) => l.file === file)!;
const failures = (file: string) => lesson(file).outcomes.filter((o) => o.mismatch);

beforeAll(async () => {
  report = await checkLessons([fixture('good-lesson.mdx'), fixture('bad-lesson.mdx'), isolation, runtimes], { timeoutMs: 2000, pythonWorkers: 1 });
}, 90_000);

describe('checkLessons on the fixtures', () => {
  it('passes every sample of the good lesson', () => {
    const good = lesson('tests/fixtures/samples/good-lesson.mdx');
    expect(good.problems).toEqual([]);
    expect(failures(good.file).map((o) => `${o.sample.line}: ${o.mismatch?.message}`)).toEqual([]);
    expect(good.outcomes.map((o) => o.sample.lang)).toEqual(['ts', 'python', 'ts', 'python', 'ts', 'python', 'ts', 'ts', 'python', 'ts']);
    expect(good.fragments).toBe(1);
  });

  it('fails the wrong claims of the bad lesson at their lines, and only those', () => {
    const bad = failures('tests/fixtures/samples/bad-lesson.mdx');
    expect(bad.map((o) => [o.sample.line, o.sample.lang, o.mismatch?.message])).toEqual([
      [14, 'ts', 'line 2 of output differs: expected "[ 1, 2 ]", got "[ 1, 2, 3 ]"'],
      [35, 'python', 'line 1 of output differs: expected "[0, 1, 2, 3]", got "[0, 1, 2]"'],
    ]);
    expect(lesson('tests/fixtures/samples/bad-lesson.mdx').outcomes).toHaveLength(4);
  });

  it('runs every sample alone, even after one replaced a built-in', () => {
    const outcomes = lesson('isolation.mdx').outcomes;
    expect(outcomes.map((o) => [o.sample.line, o.sample.lang])).toEqual([
      [1, 'ts'],
      [6, 'ts'],
      [10, 'ts'],
      [13, 'python'],
      [16, 'python'],
      [19, 'python'],
      [22, 'ts'],
      [25, 'ts'],
      [28, 'python'],
      [32, 'python'],
    ]);
    for (const i of [0, 1, 3, 4, 6, 7, 8, 9]) expect(outcomes[i].mismatch).toBeNull();
  });

  it('stops a sample that never finishes, in either language', () => {
    const outcomes = lesson('isolation.mdx').outcomes;
    expect(outcomes[2].mismatch?.message).toMatch(/^did not finish: still running after 2000 ms/);
    expect(outcomes[5].mismatch?.message).toMatch(/^did not finish: still running after 2000 ms/);
  });

  it('reports what runs the Python samples', () => {
    expect(report.python).toMatchObject({ pythonVersion: expect.stringMatching(/^3\.\d+/), asyncioRun: true });
    expect(report.cpython).toMatch(/^3\.\d+\.\d+$/);
  });

  it('runs Python samples as CPython scripts too, and names the runtime that disagrees', () => {
    const [topLevelAwait, thread] = lesson('runtimes.mdx').outcomes;
    // Pyodide's runner allows a top-level await; a CPython script does not.
    expect(topLevelAwait.runtime).toBe('CPython');
    expect(topLevelAwait.mismatch?.message).toMatch(/^threw SyntaxError: 'await' outside function/);
    expect(thread.mismatch).toBeNull();
    expect(formatReport(report).lines).toContain(`runtimes.mdx:1 [python, CPython] ${topLevelAwait.mismatch?.message}`);
  });

  it('runs env="node" TypeScript samples in Node, with Node\'s modules and types', () => {
    const [, , stream, missingFile] = lesson('runtimes.mdx').outcomes;
    expect(stream.mismatch).toBeNull();
    expect(missingFile.mismatch).toBeNull();
  });

  it('prints failures as file:line [lang] message, a count per lesson and the totals', () => {
    const { lines, ok } = formatReport(report);
    expect(ok).toBe(false);
    expect(lines).toContain('tests/fixtures/samples/bad-lesson.mdx:14 [ts] line 2 of output differs: expected "[ 1, 2 ]", got "[ 1, 2, 3 ]"');
    expect(lines).toContain('    - [ 1, 2 ]');
    expect(lines).toContain('    + [ 1, 2, 3 ]');
    expect(lines).toContain('✗ tests/fixtures/samples/bad-lesson.mdx: 2 passed, 2 failed');
    expect(lines).toContain('✓ tests/fixtures/samples/good-lesson.mdx: 10 passed, 0 failed (1 fragment)');
    expect(lines.at(-1)).toBe('samples: 23 passed, 5 failed (16 TS + 12 Python; 1 fragment not run)');
  });
});
