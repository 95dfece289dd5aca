import { describe, expect, it } from 'vitest';
import { choiceOrder, distractorProblems, isRightAnswer, normaliseAnswer } from '../../src/quiz/answer';
import { extractQuizzes } from '../../src/course/quizzes/extract-quizzes';
import { splitQuizHtml } from '../../src/course/quizzes/quiz-html';

const fence = '```';

describe('answers', () => {
  it('ignore spacing, blank lines, spaces around brackets and commas, and the kind of quotes', () => {
    expect(isRightAnswer('[1,2]', '[ 1, 2 ]')).toBe(true);
    expect(isRightAnswer('  {value: 1,done:false} ', '{ value: 1, done: false }')).toBe(true);
    expect(isRightAnswer('a\r\n\r\n  b  ', 'a\nb')).toBe(true);
    expect(isRightAnswer('[ "x" ]', "[ 'x' ]")).toBe(true);
    expect(isRightAnswer('got   4', 'got 4')).toBe(true);
  });

  it('still tell apart what differs: case, order, words, missing lines', () => {
    expect(isRightAnswer('true', 'True')).toBe(false);
    expect(isRightAnswer('b\na', 'a\nb')).toBe(false);
    expect(isRightAnswer('got4', 'got 4')).toBe(false);
    expect(isRightAnswer('a', 'a\nb')).toBe(false);
    expect(isRightAnswer('   ', '')).toBe(false);
  });

  it('normalise to one canonical form', () => {
    expect(normaliseAnswer(' [ 1, 2 ]\n\n  done  ')).toBe('[1,2]\ndone');
  });

  it('shuffle choices the same way every time, and not always with the answer first', () => {
    expect(choiceOrder('first-next', 4)).toEqual(choiceOrder('first-next', 4));
    expect([...choiceOrder('first-next', 4)].sort()).toEqual([0, 1, 2, 3]);
    const firsts = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => choiceOrder(`quiz-${id}`, 3).indexOf(0)));
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('refuse a distractor that is the real output, a repeat, or empty', () => {
    expect(distractorProblems('[ 1, 2 ]', ['[1,2]', 'x', ' x ', ''])).toEqual([
      'distractor 1 ("[1,2]") is the real output: the code prints it',
      'distractor 3 (" x ") repeats distractor 2',
      'distractor 4 is empty',
    ]);
  });
});

const lesson = (...blocks: string[]) => ['---', 'title: T', 'summary: A lesson for tests', '---', '', ...blocks].join('\n');
const predict = (attrs: string, code = "console.log('a');", output: string | null = 'a', explanation = 'Because.') =>
  [
    `<Predict ${attrs}>`,
    '',
    `${fence}ts run`,
    code,
    fence,
    '',
    ...(output === null ? [] : [`${fence}text output`, output, fence, '']),
    explanation,
    '',
    '</Predict>',
    '',
  ].join('\n');

describe('extractQuizzes', () => {
  it('reads the question, its sample, the proven output and the explanation', () => {
    const text = lesson(
      'Intro.',
      '',
      predict(
        'id="one" prompt="What is logged last?" distractors={["b", "[ \'a\' ]"]}',
        "console.log('x');\nconsole.log('a');",
        'x\na',
        'The **last** line.\n\nTwo paragraphs.',
      ),
    );
    const { quizzes, problems } = extractQuizzes(text);
    expect(problems).toEqual([]);
    expect(quizzes).toEqual([
      {
        id: 'one',
        line: 8,
        prompt: 'What is logged last?',
        lang: 'ts',
        code: "console.log('x');\nconsole.log('a');",
        output: 'x\na',
        distractors: ['b', "[ 'a' ]"],
        explanation: 'The **last** line.\n\nTwo paragraphs.',
      },
    ]);
  });

  it('reads attributes spread over lines, with braces and quotes inside the distractors', () => {
    const text = lesson(
      predict(
        '\n  id="two"\n  distractors={["{ value: 1, done: false }", "x \\"y\\" z"]}\n',
        'console.log({ value: 2, done: true });',
        '{ value: 2, done: true }',
      ),
    );
    const { quizzes, problems } = extractQuizzes(text);
    expect(problems).toEqual([]);
    expect(quizzes[0].distractors).toEqual(['{ value: 1, done: false }', 'x "y" z']);
    expect(quizzes[0].prompt).toBe('What does this print?');
  });

  it('names what is wrong: no id, no output fence, a distractor that is the answer, no explanation, unknown attributes', () => {
    const text = lesson(
      predict('prompt="x"'),
      predict('id="no-output"', "console.log('a');", null),
      predict('id="same" distractors={["a"]}'),
      predict('id="silent"', "console.log('a');", 'a', ''),
      predict('id="odd" choices={["b"]}'),
      predict('id="not-json" distractors={[\'b\']}'),
    );
    const { quizzes, problems } = extractQuizzes(text);
    expect(problems.map((p) => p.message)).toEqual([
      '<Predict>: needs id="…", a name in lowercase words joined by hyphens (it keeps the question’s review schedule)',
      '<Predict>: no-output: the sample needs a ```text output fence right after it: that output is the answer (and check:samples proves it)',
      '<Predict>: same: distractor 1 ("a") is the real output: the code prints it',
      '<Predict>: silent: write an explanation after the output fence: it is shown once the learner answers',
      '<Predict>: odd: unknown attribute choices (use id, prompt, distractors)',
      '<Predict>: not-json: distractors must be a non-empty JSON array of strings in braces: distractors={["1", "2"]}',
    ]);
    expect(quizzes.map((q) => q.id)).toEqual(['same', 'silent', 'odd']);
  });
});

describe('splitQuizHtml', () => {
  const pre = (cls: string, lang: string, lines: string[]) =>
    `<pre class="astro-code ${cls}" data-language="${lang}" tabindex="0"><code>${lines.map((l) => `<span class="line"><span>${l}</span></span>`).join('\n')}</code></pre>`;

  it('finds the code, the answer (decoded) and the explanation', () => {
    const html = `${pre('sample', 'ts', ['console.log(1 &lt; 2)'])}\n${pre('output', 'text', ['[ &#39;a&#39;, &quot;b&quot; ]', 'true'])}\n<p>Because &amp; so.</p>`;
    const parts = splitQuizHtml(html, '<Predict id="x">');
    expect(parts.output).toBe(`[ 'a', "b" ]\ntrue`);
    expect(parts.lang).toBe('ts');
    expect(parts.explanationHtml).toBe('<p>Because &amp; so.</p>');
  });

  it('refuses a block without its output fence, or with text before the code', () => {
    expect(() => splitQuizHtml(pre('sample', 'ts', ['x']), 'P')).toThrow('found 1 code blocks');
    expect(() => splitQuizHtml(`<p>hi</p>${pre('sample', 'ts', ['x'])}${pre('output', 'text', ['x'])}`, 'P')).toThrow('start with the code fence');
    expect(() => splitQuizHtml(`${pre('sample', 'ts', ['x'])}${pre('sample', 'ts', ['x'])}`, 'P')).toThrow('must be the ```text output fence');
  });
});
