/**
 * The source text of the one code fence inside a <Stepper>, recovered from
 * the HTML Shiki rendered for it (at build time, in Stepper.astro): tags
 * stripped, character references decoded. Shiki escapes `<` and `&` in text,
 * so a `<` always starts a tag.
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
  return decodeEntities(blocks[0][1].replace(/<[^>]*>/g, '')).replace(/\n+$/, '');
}
