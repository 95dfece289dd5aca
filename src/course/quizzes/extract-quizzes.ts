/**
 * Finds the "What does this print?" questions of a lesson (MDX text): each
 * `<Predict id="…">` block holds one ` ```ts run ` (or ` ```python run `)
 * sample, the ` ```text output ` fence that claims what it prints, and the
 * explanation in Markdown. The answer is that output fence, which
 * `npm run check:samples` proves: the same parser (extract-samples.ts) reads
 * it here. Pure: the caller names the file when it reports problems.
 */
import { extractSamples, type SampleLang } from '../../samples/extract-samples';
import { distractorProblems } from '../../quiz/answer';

export interface Quiz {
  id: string;
  /** 1-based line of `<Predict` in the lesson. */
  line: number;
  prompt: string;
  lang: SampleLang;
  code: string;
  /** The printed lines the lesson claims (and check:samples proves), joined with newlines. */
  output: string;
  /** Wrong answers to choose from; empty for a free-text question. */
  distractors: string[];
  /** The Markdown after the output fence. */
  explanation: string;
}

export interface QuizProblem {
  line: number;
  message: string;
}

export const DEFAULT_PROMPT = 'What does this print?';
export const QUIZ_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Reads a JSX attribute value starting at `text[start]` (`"…"`, `'…'` or `{…}`); returns it and where it ends. */
function readValue(text: string, start: number): { raw: string; expression: boolean; end: number } | null {
  const open = text[start];
  if (open === '"' || open === "'") {
    const close = text.indexOf(open, start + 1);
    return close < 0 ? null : { raw: text.slice(start + 1, close), expression: false, end: close + 1 };
  }
  if (open !== '{') return null;
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return c === '}' ? { raw: text.slice(start + 1, i), expression: true, end: i + 1 } : null;
    }
  }
  return null;
}

/** Parses the attributes of an opening tag (the text between `<Predict` and `>`). */
export function parseAttributes(text: string): { attrs: Map<string, { raw: string; expression: boolean }>; error: string | null } {
  const attrs = new Map<string, { raw: string; expression: boolean }>();
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const name = /^[A-Za-z][\w-]*/.exec(text.slice(i));
    if (!name) return { attrs, error: `cannot read the attributes at ${JSON.stringify(text.slice(i, i + 20))}` };
    i += name[0].length;
    if (text[i] !== '=') return { attrs, error: `${name[0]} needs a value (${name[0]}="…")` };
    const value = readValue(text, i + 1);
    if (!value) return { attrs, error: `the value of ${name[0]} is not closed` };
    attrs.set(name[0], { raw: value.raw, expression: value.expression });
    i = value.end;
  }
  return { attrs, error: null };
}

/** Where each opening tag ends: the first `>` outside a quoted or braced attribute value. */
function tagEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '>') return i;
    if (c === '"' || c === "'" || c === '{') {
      const value = readValue(text, i);
      if (!value) return -1;
      i = value.end;
    } else i++;
  }
  return -1;
}

export function extractQuizzes(mdx: string): { quizzes: Quiz[]; problems: QuizProblem[] } {
  const text = mdx.replace(/\r\n?/g, '\n');
  const quizzes: Quiz[] = [];
  const problems: QuizProblem[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  const opening = /^<Predict\b/gm;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const line = lineAt(match.index);
    const report = (message: string) => problems.push({ line, message: `<Predict>: ${message}` });
    const end = tagEnd(text, match.index + '<Predict'.length);
    if (end < 0) {
      report('the opening tag is never closed with >');
      continue;
    }
    const { attrs, error } = parseAttributes(text.slice(match.index + '<Predict'.length, end).replace(/\/$/, ''));
    if (error) {
      report(error);
      continue;
    }
    const close = text.indexOf('\n</Predict>', end);
    if (close < 0) {
      report('no closing </Predict> on a line of its own');
      continue;
    }
    const body = text.slice(end + 1, close + 1);
    opening.lastIndex = close;

    const id = attrs.get('id');
    if (!id || id.expression || !QUIZ_ID.test(id.raw)) {
      report('needs id="…", a name in lowercase words joined by hyphens (it keeps the question’s review schedule)');
      continue;
    }
    const where = (message: string) => report(`${id.raw}: ${message}`);
    for (const name of attrs.keys()) {
      if (!['id', 'prompt', 'distractors'].includes(name)) where(`unknown attribute ${name} (use id, prompt, distractors)`);
    }
    const prompt = attrs.get('prompt');
    if (prompt?.expression) where('prompt must be plain text in quotes');
    let distractors: string[] = [];
    const given = attrs.get('distractors');
    if (given) {
      let parsed: unknown;
      try {
        parsed = given.expression ? JSON.parse(given.raw) : undefined;
      } catch {
        parsed = undefined;
      }
      if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every((d) => typeof d === 'string')) {
        where('distractors must be a non-empty JSON array of strings in braces: distractors={["1", "2"]}');
        continue;
      }
      distractors = parsed;
    }

    const { samples, problems: sampleProblems } = extractSamples(body);
    sampleProblems.forEach((p) => where(p.message));
    const runs = samples.filter((s) => s.mode === 'run');
    if (samples.length !== 1 || runs.length !== 1) {
      where(`put exactly one \`ts run\` or \`python run\` fence in it (found ${samples.length} code fences)`);
      continue;
    }
    const [sample] = runs;
    if (sample.outputSource !== 'fence' || sample.expectedOutput === null || sample.expectedOutput.length === 0) {
      where('the sample needs a ```text output fence right after it: that output is the answer (and check:samples proves it)');
      continue;
    }
    if (sample.expectedError !== null) {
      where('a question sample must not be an error="…" sample: catch the error and print its message');
      continue;
    }
    const output = sample.expectedOutput.join('\n');
    distractorProblems(output, distractors).forEach(where);

    // The explanation: everything after the output fence's closing line.
    const bodyLines = body.split('\n');
    let fenceCount = 0;
    let after = bodyLines.length;
    for (let i = 0; i < bodyLines.length; i++) {
      if (/^\s*(`{3,}|~{3,})/.test(bodyLines[i])) {
        fenceCount++;
        if (fenceCount === 4) {
          after = i + 1;
          break;
        }
      }
    }
    const explanation = bodyLines.slice(after).join('\n').trim();
    if (!explanation) where('write an explanation after the output fence: it is shown once the learner answers');

    quizzes.push({ id: id.raw, line, prompt: prompt?.raw || DEFAULT_PROMPT, lang: sample.lang, code: sample.code, output, distractors, explanation });
  }
  return { quizzes, problems };
}
