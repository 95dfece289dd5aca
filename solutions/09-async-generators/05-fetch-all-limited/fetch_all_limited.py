"""Fetch many URLs concurrently, but never more than `limit` at a time."""
import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")


async def fetch_all_limited(urls: Iterable[str], fetch: Callable[[str], Awaitable[T]], limit: int) -> list[T]:
    """Return [await fetch(url) for url in urls], in order, with at most `limit` fetches running at once.

    A failed fetch cancels the others and comes out as an ExceptionGroup; limit < 1 raises ValueError.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    semaphore = asyncio.Semaphore(limit)

    async def fetch_one(url: str) -> T:
        async with semaphore:  # waits while `limit` fetches are running
            return await fetch(url)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch_one(url)) for url in urls]
    return [task.result() for task in tasks]
