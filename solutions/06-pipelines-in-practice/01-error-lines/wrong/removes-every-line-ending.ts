// Removes every \r and \n at the end, not just one line ending.
export function* errorLines(lines: Iterable<string>): Generator<string, void, undefined> {
  for (const line of lines) {
    if (line.includes('ERROR')) yield line.replace(/[\r\n]+$/, '');
  }
}
