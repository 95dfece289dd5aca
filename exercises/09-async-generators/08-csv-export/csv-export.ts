/** What a cell of the export may hold. */
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/**
 * The lines of a CSV export, each ending in "\r\n": the header (the column
 * names), then one line per row with the row's values in column order.
 * Pulls a row only when its line is wanted.
 */
export async function* csvLines(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string, void, undefined> {
  // TODO: yield the header line, then one line per row, quoting the fields that need it
}
