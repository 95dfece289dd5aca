# Reads the whole source into a list before starting: no longer lazy, and an endless source would never start at all.
import asyncio
from collections import deque


async def map_concurrent(fn, source, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    items = [item async for item in source]
    running = deque()
    try:
        for item in items:
            running.append(asyncio.ensure_future(fn(item)))
            if len(running) >= limit:
                yield await running.popleft()
        while running:
            yield await running.popleft()
    finally:
        for task in running:
            task.cancel()
