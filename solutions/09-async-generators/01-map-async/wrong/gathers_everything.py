# Reads the whole source and runs every call at once with asyncio.gather before yielding: not lazy, and the calls overlap.
import asyncio
import inspect


async def map_async(fn, source):
    if hasattr(source, "__aiter__"):
        items = [item async for item in source]
    else:
        items = list(source)

    async def call(item):
        result = fn(item)
        return await result if inspect.isawaitable(result) else result

    for result in await asyncio.gather(*(call(item) for item in items)):
        yield result
