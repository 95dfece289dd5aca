"""The first n items of an async generator, which is then closed."""
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import aclosing
from typing import TypeVar

T = TypeVar("T")


async def take_async(source: AsyncGenerator[T, None], n: int) -> AsyncIterator[T]:
    """Yield the first n items of source, pulling none it will not yield, and close source however this ends."""
    async with aclosing(source):  # async for would not close it
        if n <= 0:
            return
        taken = 0
        async for item in source:
            yield item
            taken += 1
            if taken >= n:  # stop here, before pulling one more
                return
