// Forgets to skip the first line, so a header that looks like data becomes a sale.
export interface Sale {
  region: string;
  product: string;
  amount: number;
}

/** Parse: skip the header and blank lines, split each line into trimmed cells. */
function* parse(lines: Iterable<string>): Generator<string[], void, undefined> {
  for (const line of lines) {
    if (line.trim() === '') continue;
    yield line.split(',').map((cell) => cell.trim());
  }
}

/** Filter: keep rows with three cells, a region, a product and a numeric amount. */
function* valid(rows: Iterable<string[]>): Generator<string[], void, undefined> {
  for (const row of rows) {
    if (row.length !== 3) continue;
    const [region, product, amount] = row;
    // Number('') is 0, so an empty amount needs its own check.
    if (region !== '' && product !== '' && amount !== '' && Number.isFinite(Number(amount))) {
      yield row;
    }
  }
}

/** Normalize: lower-case the region, turn the amount into a number. */
function* normalize(rows: Iterable<string[]>): Generator<Sale, void, undefined> {
  for (const [region, product, amount] of rows) {
    yield { region: region.toLowerCase(), product, amount: Number(amount) };
  }
}

/**
 * Turns CSV-like lines (`region,product,amount`, header first) into clean
 * Sale records, one line at a time.
 */
export function cleanSales(lines: Iterable<string>): Generator<Sale, void, undefined> {
  return normalize(valid(parse(lines)));
}
