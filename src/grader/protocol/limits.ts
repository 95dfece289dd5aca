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

/** Exercises are small: code longer than this is refused before it reaches the compiler. */
export const MAX_CODE_BYTES = 200_000;

/** Why `code` is refused for its size, or null when it is not. */
export function tooLongReason(code: string): string | null {
  // UTF-8 takes one to three bytes per UTF-16 unit: encode only when the length leaves it open.
  if (code.length * 3 <= MAX_CODE_BYTES) return null;
  const size = code.length > MAX_CODE_BYTES ? code.length : new TextEncoder().encode(code).length;
  if (size <= MAX_CODE_BYTES) return null;
  return `Your code is ${(size / 1024).toFixed(0)} KB long; the checker accepts up to ${MAX_CODE_BYTES / 1000} KB. An exercise needs a few dozen lines — remove what you pasted in.`;
}
