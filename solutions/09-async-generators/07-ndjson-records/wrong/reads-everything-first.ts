// Collects the whole body before parsing: correct records, but every chunk is read before the first one is yielded.
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    try {
      yield JSON.parse(line);
    } catch (error) {
      throw new SyntaxError(`line ${i + 1}: ${(error as Error).message}`);
    }
  }
}
