# Treats an empty page as the end: an API may send an empty page in the middle, and the results after it are lost.
async def fetch_all(fetch_page, first_url):
    url = first_url
    while url is not None:
        page = await fetch_page(url)
        if not page["results"]:
            return
        for result in page["results"]:
            yield result
        url = page["next"]
