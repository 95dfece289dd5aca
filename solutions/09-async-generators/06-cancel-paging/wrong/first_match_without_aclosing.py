# first_match returns from inside a plain async for: the generator is closed later, by asyncio's finalizer, after first_match has returned.
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
        await connection.close()


async def first_match(client, first_url, predicate):
    async for item in results(client, first_url):
        if predicate(item):
            return item
    return None
