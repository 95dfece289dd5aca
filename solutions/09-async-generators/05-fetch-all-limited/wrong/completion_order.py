# Appends each result when its fetch finishes, so the list comes out in completion order, not in the order of the URLs.
import asyncio


async def fetch_all_limited(urls, fetch, limit):
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    semaphore = asyncio.Semaphore(limit)
    results = []

    async def fetch_one(url):
        async with semaphore:
            results.append(await fetch(url))

    async with asyncio.TaskGroup() as group:
        for url in urls:
            group.create_task(fetch_one(url))
    return results
