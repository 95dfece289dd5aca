# Awaits each call before pulling the next item: correct and in order, but never more than one call running.
from contextlib import aclosing


async def map_concurrent(fn, source, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    async with aclosing(source):
        async for item in source:
            yield await fn(item)
