// Writes `value || ''`, so the values 0 and false come out as empty fields, like null.
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

function field(value: Cell): string {
  const text = String(value || '');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function* csvLines(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string, void, undefined> {
  yield `${columns.map(field).join(',')}\r\n`;
  for await (const row of rows) {
    yield `${columns.map((column) => field(row[column])).join(',')}\r\n`;
  }
}
