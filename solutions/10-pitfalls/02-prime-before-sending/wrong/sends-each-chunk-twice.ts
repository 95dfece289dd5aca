// "Fixes" the lost chunk by sending the first chunk twice, once to prime and once for real: right lines, but every later chunk is also sent twice.
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
    assembler.next(chunk);
    lines.push(...assembler.next(chunk).value);
  }
  return lines;
}
