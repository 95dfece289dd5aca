# Calls anext() n times in a range: a source shorter than n raises StopAsyncIteration out of the generator (a RuntimeError).
from contextlib import aclosing


async def take_async(source, n):
    async with aclosing(source):
        for _ in range(n):
            yield await anext(source)
