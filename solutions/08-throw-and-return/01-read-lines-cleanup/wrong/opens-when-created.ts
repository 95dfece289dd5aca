// Opens the file when readLines() is called, before any line is asked for, and before the try that closes it.
export interface OpenFile {
  lines: string[];
  close(): void;
}

export function readLines(open: () => OpenFile): Generator<string, void, undefined> {
  const file = open();
  return (function* () {
    try {
      yield* file.lines;
    } finally {
      file.close();
    }
  })();
}
