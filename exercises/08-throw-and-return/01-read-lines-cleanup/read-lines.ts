export interface OpenFile {
  lines: string[];
  close(): void;
}

/** Yields the lines of the file that open() returns, and closes it exactly once. */
export function* readLines(open: () => OpenFile): Generator<string, void, undefined> {
  // TODO: close the file exactly once, however the consumer stops
  const file = open();
  for (const line of file.lines) {
    yield line;
  }
}
