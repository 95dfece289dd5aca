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
  // TODO: this never closes `lines` when it stops early or parseEntry throws. Fix it.
  const iterator = lines[Symbol.iterator]();
  const entries: Entry[] = [];
  while (entries.length < count) {
    const next = iterator.next();
    if (next.done) break;
    entries.push(parseEntry(next.value));
  }
  return entries;
}
