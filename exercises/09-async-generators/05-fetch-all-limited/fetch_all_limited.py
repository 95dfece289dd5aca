"""Fetch many URLs concurrently, but never more than `limit` at a time."""
import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def fetch_all_limited(urls: Iterable[str], fetch: Callable[[str], Awaitable[T]], limit: int) -> list[T]:
    """Return [await fetch(url) for url in urls], in order, with at most `limit` fetches running at once.

    A failed fetch cancels the others and comes out as an ExceptionGroup; limit < 1 raises ValueError.
    """
    # TODO: an asyncio.Semaphore(limit) around each fetch, one task per URL in an asyncio.TaskGroup
    raise NotImplementedError("fetch_all_limited is not written yet")
