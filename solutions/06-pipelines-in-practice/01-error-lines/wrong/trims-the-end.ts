// Uses trimEnd(), which also removes the spaces and tabs that belong to the line.
export function* errorLines(lines: Iterable<string>): Generator<string, void, undefined> {
  for (const line of lines) {
    if (line.includes('ERROR')) yield line.trimEnd();
  }
}
