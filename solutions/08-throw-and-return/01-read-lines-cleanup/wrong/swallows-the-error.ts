// Catches the error thrown in and does nothing with it, so the consumer's failure disappears.
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
  } catch {
    // ignore
  } finally {
    file.close();
  }
}
