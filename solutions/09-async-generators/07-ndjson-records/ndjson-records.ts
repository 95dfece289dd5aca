/**
 * Yields the JSON value of every non-blank line of a stream of text chunks
 * (newline-delimited JSON), reading a chunk only when no complete line is
 * waiting. A line that is not valid JSON throws a SyntaxError whose message
 * starts with `line N:`.
 */
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let buffer = '';
  let lineNumber = 0;

  function parse(line: string): unknown {
    try {
      return JSON.parse(line);
    } catch (error) {
      throw new SyntaxError(`line ${lineNumber}: ${(error as Error).message}`);
    }
  }

  for await (const chunk of chunks) {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n')) !== -1) {
      // A '\r' before the '\n' goes with the line; trim() removes it.
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 1);
      lineNumber += 1;
      if (line !== '') yield parse(line);
    }
  }
  lineNumber += 1;
  if (buffer.trim() !== '') yield parse(buffer.trim());
}
