/**
 * A two-way generator. Send it chunks of text with `next(chunk)`; after each
 * chunk it yields the lines that chunk completed (the text before each '\n').
 * Text after the last '\n' waits for the next chunk. Prime it with one bare
 * `next()` before sending the first chunk. (This part is correct.)
 */
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

/**
 * Feeds every chunk to a lineAssembler and returns all complete lines, in
 * order. Text after the last '\n' is not a complete line and is left out.
 */
export function splitLines(chunks: Iterable<string>): string[] {
  // TODO: the first chunk disappears. Find out why, and fix it here.
  const assembler = lineAssembler();
  const lines: string[] = [];
  for (const chunk of chunks) {
    lines.push(...assembler.next(chunk).value);
  }
  return lines;
}
