/** Terminal colour codes, which assertion libraries add and a results panel or summary must not show. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what it matches
const ANSI = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
