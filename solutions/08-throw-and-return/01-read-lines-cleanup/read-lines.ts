export interface OpenFile {
  lines: string[];
  close(): void;
}

/** Yields the lines of the file that open() returns, and closes it exactly once. */
export function* readLines(open: () => OpenFile): Generator<string, void, undefined> {
  // Runs on the first next(). If open() throws, nothing is open and nothing needs closing.
  const file = open();
  try {
    for (const line of file.lines) {
      yield line;
    }
  } finally {
    // Runs once however the generator stops: finished, return() (break), or throw().
    file.close();
  }
}
