# Yields each page's list of results instead of the results one by one.
async def fetch_all(fetch_page, first_url):
    url = first_url
    while url is not None:
        page = await fetch_page(url)
        yield page["results"]
        url = page["next"]
