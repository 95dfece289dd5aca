// Joins the values with commas as they are: a name like "Lovelace, Ada" becomes two fields, and quotes and line breaks break the file.
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

export async function* csvLines(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string, void, undefined> {
  yield `${columns.join(',')}\r\n`;
  for await (const row of rows) {
    yield `${columns.map((column) => row[column] ?? '').join(',')}\r\n`;
  }
}
