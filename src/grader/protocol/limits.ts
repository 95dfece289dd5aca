/**
 * How much of what a submission produces travels back from the runner, so
 * that no submission can flood the page (docs/threat-model.md, "Caps"). The
 * runner cuts before it sends; the page never receives more.
 */
export const LIMITS = {
  /** Characters kept of one console line. */
  line: 4_000,
  /** Characters kept of one error message. */
  message: 4_000,
  /** Characters kept of one expected/received diff. */
  diff: 8_000,
  /** Characters of console output kept per check, all lines together. */
  console: 200_000,
  /** Console lines kept per check. */
  consoleLines: 500,
} as const;

/** `text` cut to `limit` characters, saying how many were left out. */
export function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}… ${(text.length - limit).toLocaleString('en')} more characters`;
}
