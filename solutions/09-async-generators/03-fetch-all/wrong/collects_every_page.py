# Fetches every page into a list before yielding: right results, but all the requests are made before the first result.
async def fetch_all(fetch_page, first_url):
    results = []
    url = first_url
    while url is not None:
        page = await fetch_page(url)
        results.extend(page["results"])
        url = page["next"]
    for result in results:
        yield result
