// Closes after the loop without try/finally: a break, return() or throw() never reaches the close().
export interface OpenFile {
  lines: string[];
  close(): void;
}

export function* readLines(open: () => OpenFile): Generator<string, void, undefined> {
  const file = open();
  for (const line of file.lines) {
    yield line;
  }
  file.close();
}
