"""An asynchronous map(): apply a function to each item of an async (or plain) iterable."""
import inspect
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


async def map_async(fn: Callable[[T], U | Awaitable[U]], source: AsyncIterable[T] | Iterable[T]) -> AsyncIterator[U]:
    """Yield fn(item) for each item of source, in order, awaiting the result when it is awaitable.

    fn is called only when the next result is requested, one call at a time.
    """

    async def items():
        # async for takes only async iterables, so a plain one gets a loop of its own.
        if hasattr(source, "__aiter__"):
            async for item in source:
                yield item
        else:
            for item in source:
                yield item

    async for item in items():
        result = fn(item)
        if inspect.isawaitable(result):
            result = await result
        yield result
