export interface Sale {
  region: string;
  product: string;
  amount: number;
}

/**
 * Turns CSV-like lines (`region,product,amount`, header first) into clean
 * Sale records, one line at a time.
 */
export function* cleanSales(lines: Iterable<string>): Generator<Sale, void, undefined> {
  // TODO: skip the header and blank lines, split and trim the cells,
  // drop the rows that are not valid, and normalize the rest.
  // Tip: one small generator per step, chained together, keeps each step simple.
}
