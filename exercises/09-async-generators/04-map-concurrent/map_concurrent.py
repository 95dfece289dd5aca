"""Map a coroutine function over an async generator, several calls at a time, results in order."""
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


async def map_concurrent(fn: Callable[[T], Awaitable[U]], source: AsyncGenerator[T, None], limit: int) -> AsyncIterator[U]:
    """Yield await fn(item) for every item of source, in source order, with up to `limit` calls running at once."""
    # TODO: a sliding window of asyncio tasks, oldest first; cancel the ones left and close source when done
    raise NotImplementedError("map_concurrent is not written yet")
    yield  # makes this function an async generator
