// Writes the header when the first row arrives: it pulls a row before the header is wanted, and an empty export has no header at all.
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

function field(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function* csvLines(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string, void, undefined> {
  let first = true;
  for await (const row of rows) {
    if (first) {
      yield `${columns.map(field).join(',')}\r\n`;
      first = false;
    }
    yield `${columns.map((column) => field(row[column])).join(',')}\r\n`;
  }
}
