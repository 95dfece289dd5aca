/**
 * Splits the HTML Shiki and MDX rendered for the inside of a `<Predict>`
 * (at build time, in Predict.astro) into its three parts: the sample, the
 * output fence (the answer) and the explanation. Shiki escapes `<` and `&`
 * in code, so a `<` inside a `<pre>` always starts a tag, and it never nests
 * `<pre>`.
 */
const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** The text of a rendered `<pre>`: tags removed, references decoded, without the final newline. */
export function preText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\n+$/, '');
}

export interface QuizParts {
  codeHtml: string;
  outputHtml: string;
  explanationHtml: string;
  /** The output fence's text: the answer. */
  output: string;
  lang: string;
}

export function splitQuizHtml(html: string, where: string): QuizParts {
  const blocks = [...html.matchAll(/<pre\b[^>]*>[\s\S]*?<\/pre>/g)];
  if (blocks.length !== 2) {
    throw new Error(
      `${where}: put exactly one \`\`\`ts run (or python run) fence and its \`\`\`text output fence inside, with blank lines around them; found ${blocks.length} code blocks`,
    );
  }
  const [code, output] = blocks;
  if (html.slice(0, code.index).trim() !== '') throw new Error(`${where}: start with the code fence; the explanation goes after the output fence`);
  if (html.slice(code.index! + code[0].length, output.index).trim() !== '') throw new Error(`${where}: put the output fence right after the code fence`);
  if (!/^<pre\b[^>]*\bclass="[^"]*\boutput\b/.test(output[0])) throw new Error(`${where}: the second fence must be the \`\`\`text output fence`);
  const lang = /data-language="([^"]*)"/.exec(code[0])?.[1] ?? '';
  return {
    codeHtml: code[0],
    outputHtml: output[0],
    explanationHtml: html.slice(output.index! + output[0].length).trim(),
    output: preText(output[0]),
    lang,
  };
}
