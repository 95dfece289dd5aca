# Awaits only coroutines (asyncio.iscoroutine): a Future, or any other awaitable, is yielded unawaited.
import asyncio


async def map_async(fn, source):
    async def items():
        if hasattr(source, "__aiter__"):
            async for item in source:
                yield item
        else:
            for item in source:
                yield item

    async for item in items():
        result = fn(item)
        if asyncio.iscoroutine(result):
            result = await result
        yield result
