# Works in batches of `limit`: each batch waits for its slowest fetch before the next batch starts.
import asyncio


async def fetch_all_limited(urls, fetch, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    urls = list(urls)
    results = []
    for start in range(0, len(urls), limit):
        results += await asyncio.gather(*(fetch(url) for url in urls[start:start + limit]))
    return results
