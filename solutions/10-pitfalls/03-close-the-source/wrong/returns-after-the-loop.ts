// Calls return() after the manual loop, not in a finally: a line that fails to parse skips it and leaves the log open.
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
  const iterator = lines[Symbol.iterator]();
  const entries: Entry[] = [];
  while (entries.length < count) {
    const next = iterator.next();
    if (next.done) break;
    entries.push(parseEntry(next.value));
  }
  iterator.return?.();
  return entries;
}
