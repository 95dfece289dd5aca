# Forgets the tasks still in the window when it is closed early: they run on for nobody, and keep their resources.
import asyncio
from collections import deque
from contextlib import aclosing


async def map_concurrent(fn, source, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    running = deque()
    async with aclosing(source):
        async for item in source:
            running.append(asyncio.ensure_future(fn(item)))
            if len(running) >= limit:
                yield await running.popleft()
    while running:
        yield await running.popleft()
