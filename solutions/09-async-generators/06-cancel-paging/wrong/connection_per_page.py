# Opens a new connection for every page (and closes it after the page's results): many connections where one was asked for.
from contextlib import aclosing


async def results(client, first_url):
    url = first_url
    while url is not None:
        connection = await client.connect()
        try:
            page = await connection.get(url)
            for result in page["results"]:
                yield result
        finally:
            await connection.close()
        url = page["next"]


async def first_match(client, first_url, predicate):
    async with aclosing(results(client, first_url)) as items:
        async for item in items:
            if predicate(item):
                return item
    return None
