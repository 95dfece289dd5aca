import asyncio
from contextlib import aclosing

import pytest

from cancel_paging import first_match, results


class FakeConnection:
    def __init__(self, api):
        self.api = api
        self.closed = False

    async def get(self, url):
        assert not self.closed, "get() on a closed connection"
        self.api.requests.append(url)
        if url in self.api.stalled:
            self.api.stalled_request.set()
            await asyncio.Event().wait()  # never answers: only cancelling gets out of here
        await asyncio.sleep(0)
        if url not in self.api.pages:
            raise LookupError(f"404 Not Found: {url}")
        return self.api.pages[url]

    async def close(self):
        await asyncio.sleep(0)  # hanging up takes a step of the event loop
        self.closed = True


class FakeClient:
    """Answers from `pages`; records every connection and request. A URL in `stalled` never answers."""

    def __init__(self, pages, stalled=()):
        self.pages = pages
        self.stalled = set(stalled)
        self.stalled_request = asyncio.Event()
        self.connections = []
        self.requests = []

    async def connect(self):
        await asyncio.sleep(0)
        connection = FakeConnection(self)
        self.connections.append(connection)
        return connection

    def open_connections(self):
        return sum(not c.closed for c in self.connections)


def three_pages(**options):
    return FakeClient(
        {
            "/p1": {"results": ["ada", "grace"], "next": "/p2"},
            "/p2": {"results": [], "next": "/p3"},
            "/p3": {"results": ["linus", "barbara", "ken"], "next": None},
        },
        **options,
    )


async def take(agen, n):
    return [await anext(agen) for _ in range(n)]


def test_yields_every_result_of_every_page_in_order():
    client = three_pages()

    async def main():
        seen = [result async for result in results(client, "/p1")]
        assert client.open_connections() == 0, "the connection should be closed once the last page is done"
        return seen

    assert asyncio.run(main()) == ["ada", "grace", "linus", "barbara", "ken"]
    assert client.requests == ["/p1", "/p2", "/p3"]
    assert len(client.connections) == 1, "use one connection for all the pages"


def test_connects_only_when_the_first_result_is_wanted():
    client = three_pages()

    async def main():
        gen = results(client, "/p1")
        for _ in range(5):
            await asyncio.sleep(0)
        assert client.connections == [] and client.requests == [], "nothing should happen before the first anext()"
        assert await anext(gen) == "ada"
        await gen.aclose()

    asyncio.run(main())


def test_requests_the_next_page_only_when_it_is_needed():
    client = three_pages()

    async def main():
        gen = results(client, "/p1")
        assert await take(gen, 2) == ["ada", "grace"]
        for _ in range(5):
            await asyncio.sleep(0)
        assert client.requests == ["/p1"], "page 2 is not needed until a third result is asked for"
        assert await anext(gen) == "linus"
        assert client.requests == ["/p1", "/p2", "/p3"]
        await gen.aclose()

    asyncio.run(main())


def test_aclose_hangs_up_at_once_and_requests_nothing_more():
    client = three_pages()

    async def main():
        gen = results(client, "/p1")
        assert await anext(gen) == "ada"
        await gen.aclose()
        assert client.open_connections() == 0, "aclose() should close the connection before it returns"
        for _ in range(5):
            await asyncio.sleep(0)

    asyncio.run(main())
    assert client.requests == ["/p1"]


def test_a_failed_request_reaches_the_consumer_and_the_connection_is_closed():
    client = FakeClient({"/p1": {"results": ["ada"], "next": "/missing"}})

    async def main():
        gen = results(client, "/p1")
        assert await anext(gen) == "ada"
        with pytest.raises(LookupError, match="404 Not Found: /missing"):
            await anext(gen)
        assert client.open_connections() == 0

    asyncio.run(main())


def test_cancelling_the_task_closes_the_connection_and_stays_cancelled():
    client = three_pages(stalled={"/p2"})
    seen = []

    async def consume():
        async for result in results(client, "/p1"):
            seen.append(result)

    async def main():
        task = asyncio.create_task(consume())
        stalled = asyncio.ensure_future(client.stalled_request.wait())
        await asyncio.wait([task, stalled], return_when=asyncio.FIRST_COMPLETED)
        stalled.cancel()
        if task.done():
            task.result()  # the consumer ended early: show why
            raise AssertionError(f"the consumer finished after {seen} without requesting /p2")
        # The request for /p2 is under way and will never answer.
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert task.cancelled(), "the task should end cancelled: do not swallow CancelledError"
        assert client.open_connections() == 0, "cancelling should close the connection"

    asyncio.run(main())
    assert seen == ["ada", "grace"]


def test_first_match_returns_the_first_matching_result_and_has_hung_up():
    client = three_pages()

    async def main():
        found = await first_match(client, "/p1", lambda name: name.startswith("g"))
        assert client.open_connections() == 0, (
            "the connection should be closed before first_match returns, not later by the garbage collector"
        )
        return found

    assert asyncio.run(main()) == "grace"
    assert client.requests == ["/p1"], "no request is needed after the match"


def test_first_match_reads_further_pages_and_returns_none_when_nothing_matches():
    async def main():
        client = three_pages()
        assert await first_match(client, "/p1", lambda name: name == "ken") == "ken"
        assert client.open_connections() == 0
        client = three_pages()
        assert await first_match(client, "/p1", lambda name: name == "nobody") is None
        assert client.open_connections() == 0
        assert client.requests == ["/p1", "/p2", "/p3"]

    asyncio.run(main())


def test_first_match_hangs_up_when_the_predicate_fails():
    client = three_pages()

    def picky(name):
        if name == "grace":
            raise ValueError("cannot judge grace")
        return False

    async def main():
        with pytest.raises(ValueError, match="cannot judge grace"):
            await first_match(client, "/p1", picky)
        assert client.open_connections() == 0

    asyncio.run(main())


def test_two_clients_interleaved():
    one = three_pages()
    two = FakeClient({"/x": {"results": [1, 2, 3], "next": None}})

    async def main():
        a = results(one, "/p1")
        b = results(two, "/x")
        pairs = [(await anext(a), await anext(b)) for _ in range(3)]
        async with aclosing(a), aclosing(b):
            pass
        return pairs

    assert asyncio.run(main()) == [("ada", 1), ("grace", 2), ("linus", 3)]
    assert one.open_connections() == 0 and two.open_connections() == 0
