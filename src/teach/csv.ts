/**
 * CSV for spreadsheets (RFC 4180): every field in double quotes, quotes inside
 * doubled, rows ended by CRLF, so commas, quotes and line breaks in names stay
 * inside their field.
 *
 * Formula injection: a spreadsheet runs a field that starts with = + - or @ as
 * a formula (and a leading tab or carriage return can hide such a start), so
 * a student named `=HYPERLINK(…)` could plant one in the teacher's sheet. Such
 * fields get a leading apostrophe, which spreadsheets show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
