// Opens inside the try, so when open() fails the finally calls close() on nothing and hides the real error.
export interface OpenFile {
  lines: string[];
  close(): void;
}

export function* readLines(open: () => OpenFile): Generator<string, void, undefined> {
  let file!: OpenFile;
  try {
    file = open();
    for (const line of file.lines) {
      yield line;
    }
  } finally {
    file.close();
  }
}
