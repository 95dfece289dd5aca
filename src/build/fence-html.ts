/**
 * Reading code back out of the HTML Shiki rendered for a fence (at build
 * time, for <Predict> and <Stepper>). Shiki escapes `<` and `&` in code, so a
 * `<` inside a `<pre>` always starts a tag, and it never nests `<pre>`.
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
