# Catches CancelledError to stop quietly: the connection is closed, but the consumer's loop just ends and its task is never cancelled.
import asyncio
from contextlib import aclosing


async def results(client, first_url):
    connection = await client.connect()
    try:
        url = first_url
        while url is not None:
            page = await connection.get(url)
            for result in page["results"]:
                yield result
            url = page["next"]
    except asyncio.CancelledError:
        return
    finally:
        await connection.close()


async def first_match(client, first_url, predicate):
    async with aclosing(results(client, first_url)) as items:
        async for item in items:
            if predicate(item):
                return item
    return None
