"""Map a coroutine function over an async generator, several calls at a time, results in order."""
import asyncio
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


async def map_concurrent(fn: Callable[[T], Awaitable[U]], source: AsyncGenerator[T, None], limit: int) -> AsyncIterator[U]:
    """Yield await fn(item) for every item of source, in source order, with up to `limit` calls running at once."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    running: deque[asyncio.Future[U]] = deque()  # started, not yet handed out: oldest first
    try:
        async with aclosing(source):
            async for item in source:
                running.append(asyncio.ensure_future(fn(item)))
                if len(running) >= limit:
                    yield await running.popleft()
        while running:
            yield await running.popleft()
    finally:
        # Closed early, or a call failed: nobody will want the results still being computed.
        for task in running:
            task.cancel()
