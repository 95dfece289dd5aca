// Closes at the end of the loop and again in finally, so a file read to the end is closed twice.
export interface OpenFile {
  lines: string[];
  close(): void;
}

export function* readLines(open: () => OpenFile): Generator<string, void, undefined> {
  const file = open();
  try {
    for (const line of file.lines) {
      yield line;
    }
    file.close();
  } finally {
    file.close();
  }
}
