# Loops with async for only: a plain list has no __aiter__, so `async for` raises TypeError.
import inspect


async def map_async(fn, source):
    async for item in source:
        result = fn(item)
        if inspect.isawaitable(result):
            result = await result
        yield result
