// Passes the first chunk to the priming next(): it only runs the generator to its first yield, and that chunk is lost.
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
  let primed = false;
  for (const chunk of chunks) {
    if (!primed) {
      assembler.next(chunk);
      primed = true;
    } else {
      lines.push(...assembler.next(chunk).value);
    }
  }
  return lines;
}
