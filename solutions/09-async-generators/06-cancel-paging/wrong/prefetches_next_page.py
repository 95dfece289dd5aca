# Requests the next page before handing out the current one's results: one request ahead of the consumer.
from contextlib import aclosing


async def results(client, first_url):
    connection = await client.connect()
    try:
        page = await connection.get(first_url)
        while page is not None:
            following = await connection.get(page["next"]) if page["next"] is not None else None
            for result in page["results"]:
                yield result
            page = following
    finally:
        await connection.close()


async def first_match(client, first_url, predicate):
    async with aclosing(results(client, first_url)) as items:
        async for item in items:
            if predicate(item):
                return item
    return None
