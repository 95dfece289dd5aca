# Awaits every result: a plain function's result (an int, a list) cannot be awaited, so this raises TypeError.
async def map_async(fn, source):
    if hasattr(source, "__aiter__"):
        async for item in source:
            yield await fn(item)
    else:
        for item in source:
            yield await fn(item)
