import { preText } from '../build/fence-html';

/**
 * The source text of the one code fence inside a <Stepper>, recovered from
 * the HTML Shiki rendered for it (at build time, in Stepper.astro).
 */
export function codeFromFenceHtml(html: string, where: string): string {
  const blocks = [...html.matchAll(/<pre\b[^>]*>([\s\S]*?)<\/pre>/g)];
  if (blocks.length !== 1) {
    throw new Error(
      `${where}: put exactly one code fence (\`\`\`ts run or \`\`\`ts fragment) inside the stepper, with blank lines around it; found ${blocks.length}`,
    );
  }
  const language = /data-language="([^"]*)"/.exec(blocks[0][0])?.[1];
  if (language && !['ts', 'typescript', 'js', 'javascript'].includes(language)) {
    throw new Error(`${where}: the stepper's code fence must be TypeScript, not ${language}`);
  }
  return preText(blocks[0][1]);
}
