import { describe, expect, it } from 'vitest';
import { extractSamples, parseInfo } from '../../../src/samples/extract-samples';

const fence = '```';
const lesson = (...lines: string[]) => lines.join('\n');

describe('extractSamples', () => {
  it('reads a run sample and the output fence right after it', () => {
    const { samples, problems } = extractSamples(
      lesson('---', 'title: T', '---', '', 'Intro.', '', `${fence}ts run`, 'console.log([1, 2]);', fence, '', '', `${fence}text output`, '[ 1, 2 ]', fence),
    );
    expect(problems).toEqual([]);
    expect(samples).toEqual([
      {
        lang: 'ts',
        line: 7,
        code: 'console.log([1, 2]);',
        mode: 'run',
        expectedOutput: ['[ 1, 2 ]'],
        outputSource: 'fence',
        expectedError: null,
        env: 'browser',
      },
    ]);
  });

  it('reads where a sample runs: env="node" for TypeScript, env="cpython" for Python, both by default', () => {
    const { samples, problems } = extractSamples(
      lesson(
        `${fence}ts run env="node"`,
        'x',
        fence,
        `${fence}python run env=cpython`,
        'x',
        fence,
        `${fence}python run`,
        'x',
        fence,
        `${fence}ts run env="cpython"`,
        'x',
        fence,
      ),
    );
    expect(samples.map((s) => [s.lang, s.env])).toEqual([
      ['ts', 'node'],
      ['python', 'cpython'],
      ['python', 'both'],
    ]);
    expect(problems).toEqual([{ line: 10, lang: 'ts', message: 'env="cpython" is not a TypeScript runtime; use env="node" (or leave it out)' }]);
  });

  it('pairs each sample with its own output inside <SideBySide>', () => {
    const { samples, problems } = extractSamples(
      lesson(
        '<SideBySide>',
        '',
        `${fence}ts run`,
        'console.log(1);',
        fence,
        '',
        `${fence}text output`,
        '1',
        fence,
        '',
        `${fence}python run`,
        'print(2)',
        'print(3)',
        fence,
        '',
        `${fence}text output`,
        '2',
        '3',
        fence,
        '',
        '</SideBySide>',
      ),
    );
    expect(problems).toEqual([]);
    expect(samples.map((s) => [s.lang, s.line, s.expectedOutput])).toEqual([
      ['ts', 3, ['1']],
      ['python', 11, ['2', '3']],
    ]);
  });

  it('reads `// →` and `# →` comments as claimed lines, in order', () => {
    const { samples } = extractSamples(
      lesson(
        `${fence}ts run`,
        'console.log(g.next()); // → { value: 1, done: false }',
        'const x = 1;',
        '// →   indented',
        'console.log(""); // →',
        fence,
        `${fence}python run`,
        'print(1)  # → 1',
        'print("a  ")  #→ a  ',
        fence,
      ),
    );
    expect(samples[0]).toMatchObject({ expectedOutput: ['{ value: 1, done: false }', '  indented', ''], outputSource: 'arrows' });
    expect(samples[1]).toMatchObject({ lang: 'python', expectedOutput: ['1', 'a'], outputSource: 'arrows' });
  });

  it('leaves a run sample that claims nothing with expectedOutput null', () => {
    const { samples } = extractSamples(lesson(`${fence}python run`, 'x = 1', fence, '', 'Prose.'));
    expect(samples[0]).toMatchObject({ mode: 'run', expectedOutput: null, outputSource: null });
  });

  it('keeps output lines exactly, and an empty output fence claims no output', () => {
    const { samples } = extractSamples(
      lesson(
        `${fence}ts run`,
        'console.log(" a ");',
        fence,
        `${fence}text output`,
        ' a ',
        '',
        fence,
        `${fence}ts run`,
        'void 0;',
        fence,
        `${fence}text output`,
        fence,
      ),
    );
    expect(samples[0].expectedOutput).toEqual([' a ', '']);
    expect(samples[1].expectedOutput).toEqual([]);
  });

  it('reads error="…" and accepts typescript and py as language names', () => {
    const { samples, problems } = extractSamples(
      lesson(`${fence}typescript run error="TypeError: x is not"`, 'x();', fence, `${fence}py run error='ZeroDivisionError'`, '1 / 0', fence),
    );
    expect(problems).toEqual([]);
    expect(samples.map((s) => [s.lang, s.expectedError])).toEqual([
      ['ts', 'TypeError: x is not'],
      ['python', 'ZeroDivisionError'],
    ]);
  });

  it('keeps fragments but does not read their arrows', () => {
    const { samples, problems } = extractSamples(lesson(`${fence}ts fragment`, 'declare function f(): void; // → nothing', fence));
    expect(problems).toEqual([]);
    expect(samples).toEqual([expect.objectContaining({ mode: 'fragment', expectedOutput: null, outputSource: null })]);
  });

  it('ignores other languages, plain text fences and fences nested in a longer fence', () => {
    const { samples, problems } = extractSamples(
      lesson(
        `${fence}sh`,
        'npm test',
        fence,
        `${fence}json`,
        '{}',
        fence,
        `${fence}text`,
        'just text',
        fence,
        '````mdx',
        `${fence}ts`,
        'not a sample',
        fence,
        '````',
      ),
    );
    expect(samples).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('strips the indentation of an indented fence from its lines', () => {
    const { samples } = extractSamples(
      lesson('<SideBySide>', `  ${fence}ts run`, '  if (true) {', '    console.log(1);', '  }', `  ${fence}`, '</SideBySide>'),
    );
    expect(samples[0].code).toBe('if (true) {\n  console.log(1);\n}');
  });

  it('accepts Windows line endings', () => {
    const { samples } = extractSamples(`${fence}ts run\r\nconsole.log(1);\r\n${fence}\r\n${fence}text output\r\n1\r\n${fence}\r\n`);
    expect(samples[0]).toMatchObject({ code: 'console.log(1);', expectedOutput: ['1'] });
  });
});

describe('extractSamples problems', () => {
  it('rejects a sample that claims output both ways', () => {
    const { problems } = extractSamples(lesson('', `${fence}ts run`, 'console.log(1); // → 1', fence, '', `${fence}text output`, '1', fence));
    expect(problems).toEqual([{ line: 2, lang: 'ts', message: expect.stringContaining('claims its output twice') }]);
  });

  it('rejects an output fence that follows a fragment, prose or nothing', () => {
    const afterFragment = extractSamples(lesson(`${fence}ts fragment`, 'f();', fence, `${fence}text output`, '1', fence));
    expect(afterFragment.problems).toEqual([{ line: 4, lang: null, message: expect.stringContaining('output fence follows no run sample') }]);

    const afterProse = extractSamples(lesson(`${fence}ts run`, 'console.log(1);', fence, 'It prints:', `${fence}text output`, '1', fence));
    expect(afterProse.problems.map((p) => p.line)).toEqual([5]);
    expect(afterProse.samples[0].expectedOutput).toBeNull();

    const alone = extractSamples(lesson('# Title', '', `${fence}text output`, '1', fence));
    expect(alone.problems.map((p) => p.line)).toEqual([3]);
  });

  it('rejects a second output fence after one sample', () => {
    const { problems } = extractSamples(
      lesson(`${fence}ts run`, 'console.log(1);', fence, `${fence}text output`, '1', fence, `${fence}text output`, '1', fence),
    );
    expect(problems.map((p) => p.line)).toEqual([7]);
  });

  it('asks to mark a ts or python fence run or fragment', () => {
    const { samples, problems } = extractSamples(lesson('Text', `${fence}ts`, 'let x = 1;', fence, `${fence}python title="x.py"`, 'x = 1', fence));
    expect(samples).toEqual([]);
    expect(problems).toEqual([
      { line: 2, lang: 'ts', message: expect.stringContaining('mark it run or fragment') },
      { line: 5, lang: 'python', message: expect.stringContaining('mark it run or fragment') },
    ]);
  });

  it('rejects run together with fragment, error= on a fragment, and an empty error=', () => {
    const { samples, problems } = extractSamples(
      lesson(`${fence}ts run fragment`, 'x', fence, `${fence}ts fragment error="TypeError"`, 'x', fence, `${fence}ts run error=""`, 'x', fence),
    );
    expect(samples).toEqual([]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, expect.stringContaining('both run and fragment')],
      [4, expect.stringContaining('needs a run sample')],
      [7, expect.stringContaining('error= needs the text')],
    ]);
  });

  it('reports a sample fence that is never closed', () => {
    const { samples, problems } = extractSamples(lesson('Intro', `${fence}python run`, 'print(1)'));
    expect(samples).toEqual([]);
    expect(problems).toEqual([{ line: 2, lang: 'python', message: 'code fence is never closed' }]);
  });
});

describe('parseInfo', () => {
  it('splits language, flags and quoted or bare attributes', () => {
    const info = parseInfo('TS run error="TypeError: a b" title=x.ts {1,3}');
    expect(info.lang).toBe('ts');
    expect([...info.flags]).toEqual(['run', '{1,3}']);
    expect(Object.fromEntries(info.attrs)).toEqual({ error: 'TypeError: a b', title: 'x.ts' });
  });
});
