"""Every result of every page of a paged API, fetched one page at a time."""
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any


async def fetch_all(fetch_page: Callable[[str], Awaitable[dict[str, Any]]], first_url: str) -> AsyncIterator[Any]:
    """Yield every result of every page: fetch first_url, then each page's "next", until it is None."""
    url = first_url
    while url is not None:
        page = await fetch_page(url)
        for result in page["results"]:  # no `yield from` in an async generator
            yield result
        url = page["next"]
