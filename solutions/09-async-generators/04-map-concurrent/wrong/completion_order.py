# Hands out whichever call finishes first (asyncio.wait with FIRST_COMPLETED): the results come out of order.
import asyncio
from contextlib import aclosing


async def map_concurrent(fn, source, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    running = set()
    try:
        async with aclosing(source):
            async for item in source:
                running.add(asyncio.ensure_future(fn(item)))
                if len(running) >= limit:
                    done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                    for task in done:
                        yield task.result()
        while running:
            done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                yield task.result()
    finally:
        for task in running:
            task.cancel()
