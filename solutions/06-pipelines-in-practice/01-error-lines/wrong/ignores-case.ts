// Matches case-insensitively, so "error" and "Error" lines slip in.
export function* errorLines(lines: Iterable<string>): Generator<string, void, undefined> {
  for (const line of lines) {
    if (line.toUpperCase().includes('ERROR')) yield line.replace(/\r?\n$/, '');
  }
}
