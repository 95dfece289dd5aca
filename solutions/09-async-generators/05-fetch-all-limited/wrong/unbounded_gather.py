# Starts every fetch at once with asyncio.gather: no limit at all.
import asyncio


async def fetch_all_limited(urls, fetch, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    return await asyncio.gather(*(fetch(url) for url in urls))
