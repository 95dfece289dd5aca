# Fetches every page into one list before yielding: all requests happen at the first next(), and an endless API never finishes.
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
    items = []
    while True:
        page = fetch_page(cursor)
        requested += 1
        items.extend(page.items)
        if page.next is None:
            break
        cursor = page.next
    yield from items
    return requested
