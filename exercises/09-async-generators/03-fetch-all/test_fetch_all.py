import asyncio

import pytest

from fetch_all import fetch_all


class FakeApi:
    """Answers from `pages` after a step of the event loop; records every request."""

    def __init__(self, pages):
        self.pages = pages
        self.requested = []

    async def fetch_page(self, url):
        self.requested.append(url)
        await asyncio.sleep(0)
        if url not in self.pages:
            raise LookupError(f"404 Not Found: {url}")
        return self.pages[url]


def three_pages():
    return FakeApi(
        {
            "/a": {"results": ["a1", "a2"], "next": "/b"},
            "/b": {"results": ["b1", "b2", "b3"], "next": "/c"},
            "/c": {"results": ["c1"], "next": None},
        }
    )


def collect(agen):
    async def main():
        return [item async for item in agen]

    return asyncio.run(main())


def test_yields_every_result_of_every_page_in_order():
    api = three_pages()
    assert collect(fetch_all(api.fetch_page, "/a")) == ["a1", "a2", "b1", "b2", "b3", "c1"]


def test_starts_at_first_url_and_follows_next():
    api = three_pages()
    assert collect(fetch_all(api.fetch_page, "/b")) == ["b1", "b2", "b3", "c1"]
    assert api.requested == ["/b", "/c"]


def test_handles_a_single_page_and_empty_pages():
    single = FakeApi({"/only": {"results": [1, 2], "next": None}})
    assert collect(fetch_all(single.fetch_page, "/only")) == [1, 2]
    gaps = FakeApi(
        {
            "/1": {"results": [], "next": "/2"},
            "/2": {"results": [7], "next": "/3"},
            "/3": {"results": [], "next": None},
        }
    )
    assert collect(fetch_all(gaps.fetch_page, "/1")) == [7]
    assert gaps.requested == ["/1", "/2", "/3"]


def test_requests_nothing_before_the_first_anext():
    api = three_pages()

    async def main():
        gen = fetch_all(api.fetch_page, "/a")
        for _ in range(5):
            await asyncio.sleep(0)
        assert api.requested == []
        assert await anext(gen) == "a1"
        assert api.requested == ["/a"]
        await gen.aclose()

    asyncio.run(main())


def test_requests_the_next_page_only_when_its_first_result_is_needed():
    api = three_pages()

    async def main():
        gen = fetch_all(api.fetch_page, "/a")
        assert await anext(gen) == "a1"
        assert await anext(gen) == "a2"
        for _ in range(5):
            await asyncio.sleep(0)
        assert api.requested == ["/a"], "page /b is not needed until a third result is asked for"
        assert await anext(gen) == "b1"
        assert api.requested == ["/a", "/b"]
        await gen.aclose()
        for _ in range(5):
            await asyncio.sleep(0)
        assert api.requested == ["/a", "/b"]

    asyncio.run(main())


def test_a_consumer_that_stops_after_the_first_result_costs_one_request():
    api = three_pages()

    async def main():
        async for result in fetch_all(api.fetch_page, "/a"):
            assert result == "a1"
            break
        for _ in range(10):
            await asyncio.sleep(0)

    asyncio.run(main())
    assert api.requested == ["/a"]


def test_delivers_the_results_it_has_then_raises_when_a_request_fails():
    broken = FakeApi({"/a": {"results": ["a1"], "next": "/missing"}})

    async def main():
        gen = fetch_all(broken.fetch_page, "/a")
        assert await anext(gen) == "a1"
        with pytest.raises(LookupError, match="404 Not Found: /missing"):
            await anext(gen)

    asyncio.run(main())


def test_two_readers_in_turn_stay_apart():
    one, two = three_pages(), FakeApi({"/x": {"results": [1, 2], "next": None}})

    async def main():
        a = fetch_all(one.fetch_page, "/a")
        b = fetch_all(two.fetch_page, "/x")
        seen = [await anext(a), await anext(b), await anext(a), await anext(b), await anext(a)]
        assert await anext(b, "end") == "end"
        await a.aclose()
        return seen

    assert asyncio.run(main()) == ["a1", 1, "a2", 2, "b1"]
