# Reads every page into a list before yielding anything: eager, and a consumer that stops early still paid for every request.
from contextlib import aclosing


async def results(client, first_url):
    connection = await client.connect()
    try:
        collected = []
        url = first_url
        while url is not None:
            page = await connection.get(url)
            collected.extend(page["results"])
            url = page["next"]
    finally:
        await connection.close()
    for result in collected:
        yield result


async def first_match(client, first_url, predicate):
    async with aclosing(results(client, first_url)) as items:
        async for item in items:
            if predicate(item):
                return item
    return None
