# Calls source.aclose() without await: that only creates an awaitable, so nothing is closed.
async def take_async(source, n):
    try:
        taken = 0
        if n > 0:
            async for item in source:
                yield item
                taken += 1
                if taken >= n:
                    break
    finally:
        source.aclose()
