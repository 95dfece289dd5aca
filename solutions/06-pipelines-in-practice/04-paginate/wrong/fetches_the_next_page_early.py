# Requests the following page before handing out the items of this one, so one page too many is fetched ahead.
from collections.abc import Callable, Generator
from typing import Any, NamedTuple


class Page(NamedTuple):
    items: list[Any]
    next: str | None  # the cursor that asks for the following page, or None on the last page


def paginate(fetch_page: Callable[[str | None], Page]) -> Generator[Any, None, int]:
    """Yield every item of every page, in order, requesting a page only when
    one of its items is needed. Return the number of pages requested."""
    page = fetch_page(None)
    requested = 1
    while True:
        following = None if page.next is None else fetch_page(page.next)
        if following is not None:
            requested += 1
        yield from page.items
        if following is None:
            return requested
        page = following
