/** What a cell of the export may hold. */
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/** One field as CSV (RFC 4180): quoted, with its quotes doubled, when it holds a comma, a quote or a line break. */
function field(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The lines of a CSV export, each ending in "\r\n": the header (the column
 * names), then one line per row with the row's values in column order.
 * Pulls a row only when its line is wanted.
 */
export async function* csvLines(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string, void, undefined> {
  yield `${columns.map(field).join(',')}\r\n`;
  for await (const row of rows) {
    yield `${columns.map((column) => field(row[column])).join(',')}\r\n`;
  }
}
