"""The first n items of an async generator, which is then closed."""
from collections.abc import AsyncGenerator, AsyncIterator
from typing import TypeVar

T = TypeVar("T")


async def take_async(source: AsyncGenerator[T, None], n: int) -> AsyncIterator[T]:
    """Yield the first n items of source, pulling none it will not yield, and close source however this ends."""
    # TODO: count the items yielded, stop after n, and close source with contextlib.aclosing
    raise NotImplementedError("take_async is not written yet")
    yield  # makes this function an async generator
