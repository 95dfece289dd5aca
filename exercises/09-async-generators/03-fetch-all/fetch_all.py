"""Every result of every page of a paged API, fetched one page at a time."""
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any


async def fetch_all(fetch_page: Callable[[str], Awaitable[dict[str, Any]]], first_url: str) -> AsyncIterator[Any]:
    """Yield every result of every page: fetch first_url, then each page's "next", until it is None."""
    # TODO: await fetch_page(url), yield each of page["results"], then follow page["next"]
    raise NotImplementedError("fetch_all is not written yet")
    yield  # makes this function an async generator
