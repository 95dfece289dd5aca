// Creates and primes one assembler for the whole module: a partial line left by one call leaks into the next.
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

const assembler = lineAssembler();
assembler.next();

export function splitLines(chunks: Iterable<string>): string[] {
  const lines: string[] = [];
  for (const chunk of chunks) {
    lines.push(...assembler.next(chunk).value);
  }
  return lines;
}
