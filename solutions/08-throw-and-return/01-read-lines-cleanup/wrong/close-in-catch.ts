// Closes in catch (and after the loop), but return() is not an error: a break or return() leaves the file open.
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
  } catch (error) {
    file.close();
    throw error;
  }
  file.close();
}
