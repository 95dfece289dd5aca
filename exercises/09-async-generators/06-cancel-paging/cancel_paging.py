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
    # TODO: connect on the first pull, follow "next", and close the connection in a finally
    raise NotImplementedError("results is not written yet")
    yield  # makes this function an async generator


async def first_match(client: Client, first_url: str, predicate: Callable[[Any], bool]) -> Any:
    """The first result for which predicate(result) is true, or None; the connection is closed before it returns."""
    # TODO: loop over results(...) inside `async with aclosing(...)`
    raise NotImplementedError("first_match is not written yet")
