# Uses a TaskGroup but forgets the semaphore: every fetch starts at once.
import asyncio


async def fetch_all_limited(urls, fetch, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch(url)) for url in urls]
    return [task.result() for task in tasks]
