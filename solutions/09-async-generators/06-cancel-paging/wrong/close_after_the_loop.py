# Closes the connection after the loop instead of in a finally: aclose(), an error or a cancellation skips the close.
from contextlib import aclosing


async def results(client, first_url):
    connection = await client.connect()
    url = first_url
    while url is not None:
        page = await connection.get(url)
        for result in page["results"]:
            yield result
        url = page["next"]
    await connection.close()


async def first_match(client, first_url, predicate):
    async with aclosing(results(client, first_url)) as items:
        async for item in items:
            if predicate(item):
                return item
    return None
