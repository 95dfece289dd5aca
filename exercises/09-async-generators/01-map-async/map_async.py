"""An asynchronous map(): apply a function to each item of an async (or plain) iterable."""
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


async def map_async(fn: Callable[[T], U | Awaitable[U]], source: AsyncIterable[T] | Iterable[T]) -> AsyncIterator[U]:
    """Yield fn(item) for each item of source, in order, awaiting the result when it is awaitable.

    fn is called only when the next result is requested, one call at a time.
    """
    # TODO: loop over source (async for, or for when it has no __aiter__) and yield each result
    raise NotImplementedError("map_async is not written yet")
    yield  # makes this function an async generator
