// Checks the count only after pushing, with no early return: asked for 0 entries, it still reads and returns one.
export interface Entry {
  level: string;
  message: string;
}

export function parseEntry(line: string): Entry {
  const space = line.indexOf(' ');
  if (space < 0) throw new SyntaxError(`not a log line: ${line}`);
  return { level: line.slice(0, space), message: line.slice(space + 1) };
}

export function firstEntries(lines: Iterable<string>, count: number): Entry[] {
  const entries: Entry[] = [];
  for (const line of lines) {
    entries.push(parseEntry(line));
    if (entries.length >= count) break;
  }
  return entries;
}
