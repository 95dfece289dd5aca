# Keeps one semaphore at module level, created on the first call: every later call, even a concurrent one, shares that first limit.
import asyncio

_semaphore = None


async def fetch_all_limited(urls, fetch, limit):
    global _semaphore
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    if _semaphore is None:
        _semaphore = asyncio.Semaphore(limit)

    async def fetch_one(url):
        async with _semaphore:
            return await fetch(url)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch_one(url)) for url in urls]
    return [task.result() for task in tasks]
