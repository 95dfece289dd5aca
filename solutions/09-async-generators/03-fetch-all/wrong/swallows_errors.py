# Catches a failed request and just stops: the consumer cannot tell a broken API from the last page.
async def fetch_all(fetch_page, first_url):
    url = first_url
    while url is not None:
        try:
            page = await fetch_page(url)
        except Exception:
            return
        for result in page["results"]:
            yield result
        url = page["next"]
