// Copies every line with Array.from and slices: the log ends closed, but every line of it was read.
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
  return Array.from(lines).slice(0, Math.max(count, 0)).map(parseEntry);
}
