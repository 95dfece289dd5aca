// Filters with a truthiness test, so the records 0, false, null and "" disappear along with the blank lines.
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let buffer = '';
  let lineNumber = 0;
  const parse = (line: string) => {
    try {
      return JSON.parse(line);
    } catch (error) {
      throw new SyntaxError(`line ${lineNumber}: ${(error as Error).message}`);
    }
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 1);
      lineNumber += 1;
      const record = line && parse(line);
      if (record) yield record;
    }
  }
  lineNumber += 1;
  const record = buffer.trim() && parse(buffer.trim());
  if (record) yield record;
}
