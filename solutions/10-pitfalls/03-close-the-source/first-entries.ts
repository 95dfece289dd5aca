export interface Entry {
  level: string;
  message: string;
}

/** Parses "LEVEL message". Throws a SyntaxError for a line without a space. */
export function parseEntry(line: string): Entry {
  const space = line.indexOf(' ');
  if (space < 0) throw new SyntaxError(`not a log line: ${line}`);
  return { level: line.slice(0, space), message: line.slice(space + 1) };
}

/**
 * The first `count` entries of `lines`. Reads no more lines than it needs,
 * and always closes `lines`, also when a line fails to parse.
 */
export function firstEntries(lines: Iterable<string>, count: number): Entry[] {
  const entries: Entry[] = [];
  if (count <= 0) return entries;
  // Leaving a for…of early (break or an exception) calls lines' return().
  for (const line of lines) {
    entries.push(parseEntry(line));
    if (entries.length >= count) break;
  }
  return entries;
}
