# Starts fetching the next page before handing out the current one's results: a request the consumer may never need.
import asyncio


async def fetch_all(fetch_page, first_url):
    following = asyncio.ensure_future(fetch_page(first_url))
    while following is not None:
        page = await following
        following = asyncio.ensure_future(fetch_page(page["next"])) if page["next"] is not None else None
        for result in page["results"]:
            yield result
