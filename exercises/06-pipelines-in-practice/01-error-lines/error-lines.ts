/**
 * Yields the lines that contain `ERROR` (case-sensitive), each without its
 * line ending (`\n` or `\r\n`), one at a time as they are asked for.
 */
export function* errorLines(lines: Iterable<string>): Generator<string, void, undefined> {
  // TODO: keep the lines that contain "ERROR" and strip their line ending
}
