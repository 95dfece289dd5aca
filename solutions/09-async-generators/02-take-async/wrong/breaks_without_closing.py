# Stops after n items with a plain async for: the source is left open, to be closed some time later by asyncio.
async def take_async(source, n):
    if n <= 0:
        return
    taken = 0
    async for item in source:
        yield item
        taken += 1
        if taken >= n:
            return
