# Closes the source after the loop, but not in a finally: when the consumer closes take_async early, the source stays open.
async def take_async(source, n):
    if n > 0:
        taken = 0
        async for item in source:
            yield item
            taken += 1
            if taken >= n:
                break
    await source.aclose()
