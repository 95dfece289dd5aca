# Loops over the source with a plain async for: when the consumer stops, the source is left for asyncio to close later.
import asyncio
from collections import deque


async def map_concurrent(fn, source, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    running = deque()
    try:
        async for item in source:
            running.append(asyncio.ensure_future(fn(item)))
            if len(running) >= limit:
                yield await running.popleft()
        while running:
            yield await running.popleft()
    finally:
        for task in running:
            task.cancel()
