# Collects the source into a list first: fn is still called lazily, but the whole source is read before the first result.
import inspect


async def map_async(fn, source):
    if hasattr(source, "__aiter__"):
        items = [item async for item in source]
    else:
        items = list(source)
    for item in items:
        result = fn(item)
        if inspect.isawaitable(result):
            result = await result
        yield result
