import { preText } from '../../build/fence-html';

/**
 * Splits the HTML Shiki and MDX rendered for the inside of a `<Predict>`
 * (at build time, in Predict.astro) into its three parts: the sample, the
 * output fence (the answer) and the explanation.
 */
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
