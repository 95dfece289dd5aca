# Gathers `limit` items at a time: each batch waits for its slowest call before the next batch starts.
import asyncio
from contextlib import aclosing


async def map_concurrent(fn, source, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    batch = []
    async with aclosing(source):
        async for item in source:
            batch.append(item)
            if len(batch) == limit:
                for result in await asyncio.gather(*(fn(x) for x in batch)):
                    yield result
                batch = []
    for result in await asyncio.gather(*(fn(x) for x in batch)):
        yield result
