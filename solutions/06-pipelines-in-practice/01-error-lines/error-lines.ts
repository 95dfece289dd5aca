/**
 * Yields the lines that contain `ERROR` (case-sensitive), each without its
 * line ending (`\n` or `\r\n`), one at a time as they are asked for.
 */
export function* errorLines(lines: Iterable<string>): Generator<string, void, undefined> {
  for (const line of lines) {
    if (line.includes('ERROR')) {
      // Only the line ending goes: trailing spaces are part of the line.
      yield line.replace(/\r?\n$/, '');
    }
  }
}
