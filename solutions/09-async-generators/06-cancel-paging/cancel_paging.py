"""A paging client that never leaves a connection open."""
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing
from typing import Any, Protocol


class Connection(Protocol):
    async def get(self, url: str) -> dict[str, Any]: ...  # {"results": [...], "next": str | None}
    async def close(self) -> None: ...


class Client(Protocol):
    async def connect(self) -> Connection: ...


async def results(client: Client, first_url: str) -> AsyncIterator[Any]:
    """Yield every result of every page, one request at a time, over one connection that is always closed."""
    connection = await client.connect()
    try:
        url = first_url
        while url is not None:
            page = await connection.get(url)
            for result in page["results"]:
                yield result
            url = page["next"]
    finally:
        # Runs at the end, on aclose() (GeneratorExit), on a failed request and on cancellation.
        await connection.close()


async def first_match(client: Client, first_url: str, predicate: Callable[[Any], bool]) -> Any:
    """The first result for which predicate(result) is true, or None; the connection is closed before it returns."""
    async with aclosing(results(client, first_url)) as items:
        async for item in items:
            if predicate(item):
                return item
    return None
