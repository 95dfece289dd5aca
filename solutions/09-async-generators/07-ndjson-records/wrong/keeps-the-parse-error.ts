// Lets JSON.parse's own SyntaxError through: the error does not say which line of the stream was bad.
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let buffer = '';
  for await (const chunk of chunks) {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 1);
      if (line !== '') yield JSON.parse(line);
    }
  }
  if (buffer.trim() !== '') yield JSON.parse(buffer.trim());
}
