// Reads every row before yielding the first line: right output, but the whole table is in memory before the download starts.
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

function field(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export async function* csvLines(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string, void, undefined> {
  const all: Row[] = [];
  for await (const row of rows) all.push(row);
  yield `${columns.map(field).join(',')}\r\n`;
  for (const row of all) yield `${columns.map((column) => field(row[column])).join(',')}\r\n`;
}
