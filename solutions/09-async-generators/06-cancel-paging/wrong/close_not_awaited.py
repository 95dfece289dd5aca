# Calls connection.close() without await: that only creates a coroutine, which never runs, so nothing is closed.
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
    finally:
        connection.close()


async def first_match(client, first_url, predicate):
    async with aclosing(results(client, first_url)) as items:
        async for item in items:
            if predicate(item):
                return item
    return None
