# Checks the count at the top of the loop, after async for has already pulled the next item: one pull too many.
from contextlib import aclosing


async def take_async(source, n):
    async with aclosing(source):
        taken = 0
        async for item in source:
            if taken >= n:
                return
            yield item
            taken += 1
