from collections.abc import Iterable, Iterator
from typing import NamedTuple


class Sale(NamedTuple):
    region: str
    product: str
    amount: float


def clean_sales(lines: Iterable[str]) -> Iterator[Sale]:
    """Turn CSV lines (region,product,amount, header first) into clean Sale
    records, one line at a time."""
    # TODO: parse with csv.reader, skip the header, strip the cells, drop the
    # rows that are not valid and normalize the rest.
    raise NotImplementedError
