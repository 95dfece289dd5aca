// Switches to for…of but checks the count at the top of the loop, after the next line has already been read: one line too many.
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
    if (entries.length >= count) break;
    entries.push(parseEntry(line));
  }
  return entries;
}
