import asyncio

import pytest

from fetch_all_limited import fetch_all_limited


class FakeWeb:
    """`fetch(url)` takes `ticks[url]` steps of the event loop (else `default`) and records what runs when."""

    def __init__(self, ticks=None, fail=(), default=3):
        self.ticks = ticks or {}
        self.default = default
        self.fail = set(fail)
        self.running = 0
        self.most = 0
        self.started = []
        self.finished = []
        self.cancelled = []
        self.running_when_started = {}

    async def fetch(self, url):
        self.started.append(url)
        self.running_when_started[url] = self.running
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            for _ in range(self.ticks.get(url, self.default)):
                await asyncio.sleep(0)
            if url in self.fail:
                raise LookupError(f"404 Not Found: {url}")
            self.finished.append(url)
            return f"<page {url}>"
        except asyncio.CancelledError:
            self.cancelled.append(url)
            raise
        finally:
            self.running -= 1


def urls(n):
    return [f"/u{i}" for i in range(n)]


def test_returns_the_results_in_the_order_of_the_urls():
    web = FakeWeb(ticks={"/a": 9, "/b": 1, "/c": 5})
    results = asyncio.run(fetch_all_limited(["/a", "/b", "/c"], web.fetch, 3))
    assert results == ["<page /a>", "<page /b>", "<page /c>"]
    assert web.finished == ["/b", "/c", "/a"], "the fetches should overlap, and finish in their own order"


def test_runs_up_to_limit_fetches_at_once_and_never_more():
    web = FakeWeb()
    results = asyncio.run(fetch_all_limited(urls(10), web.fetch, 3))
    assert results == [f"<page /u{i}>" for i in range(10)]
    assert web.most <= 3, f"{web.most} fetches ran at once; the limit is 3"
    assert web.most == 3, f"at most {web.most} fetches ran at once: keep 3 running while there is work"
    assert sorted(web.started) == sorted(urls(10))


def test_with_limit_1_fetches_one_at_a_time():
    web = FakeWeb()
    assert asyncio.run(fetch_all_limited(urls(4), web.fetch, 1)) == [f"<page /u{i}>" for i in range(4)]
    assert web.most == 1


def test_starts_the_next_fetch_as_soon_as_one_finishes_not_in_batches():
    # /u0 is quick, /u1 and /u2 are slow: /u3 must start while /u1 and /u2 are still running.
    web = FakeWeb(ticks={"/u0": 1, "/u1": 20, "/u2": 20, "/u3": 1, "/u4": 1, "/u5": 1})
    asyncio.run(fetch_all_limited(urls(6), web.fetch, 3))
    assert web.running_when_started["/u3"] == 2, (
        "/u3 should start as soon as /u0 has finished, while /u1 and /u2 still run (a sliding window, not batches)"
    )
    assert web.most == 3


def test_a_failure_cancels_the_running_fetches_and_starts_no_more():
    web = FakeWeb(ticks={"/u2": 2}, fail={"/u2"}, default=10)

    async def main():
        with pytest.raises(ExceptionGroup) as caught:
            await fetch_all_limited(urls(10), web.fetch, 3)
        assert web.running == 0, "fetches were still running when the error came out: a TaskGroup cancels them and waits"
        return caught.value

    group = asyncio.run(main())
    assert [type(error) for error in group.exceptions] == [LookupError]
    assert "404 Not Found: /u2" in str(group.exceptions[0])
    assert "/u0" in web.cancelled and "/u1" in web.cancelled, "the fetches running beside the failed one should be cancelled"
    assert len(web.started) <= 4, f"{len(web.started)} fetches started; after a failure no new ones should"
    assert web.finished == []


def test_rejects_a_limit_below_1_before_fetching_anything():
    for limit in (0, -2):
        web = FakeWeb()
        with pytest.raises(ValueError):
            asyncio.run(fetch_all_limited(urls(3), web.fetch, limit))
        assert web.started == []


def test_returns_an_empty_list_for_no_urls():
    web = FakeWeb()
    assert asyncio.run(fetch_all_limited([], web.fetch, 2)) == []


def test_accepts_any_iterable_of_urls():
    web = FakeWeb()
    results = asyncio.run(fetch_all_limited((f"/g{i}" for i in range(5)), web.fetch, 2))
    assert results == [f"<page /g{i}>" for i in range(5)]
    assert web.most == 2


def test_two_calls_at_once_each_have_their_own_limit():
    web = FakeWeb()

    async def main():
        return await asyncio.gather(
            fetch_all_limited([f"/a{i}" for i in range(6)], web.fetch, 2),
            fetch_all_limited([f"/b{i}" for i in range(6)], web.fetch, 2),
        )

    first, second = asyncio.run(main())
    assert first == [f"<page /a{i}>" for i in range(6)]
    assert second == [f"<page /b{i}>" for i in range(6)]
    assert web.most == 4, f"{web.most} fetches ran at once; two calls with a limit of 2 each should run 4"


def test_many_urls():
    web = FakeWeb(default=1)
    many = urls(40)
    results = asyncio.run(fetch_all_limited(many, web.fetch, 8))
    assert results == [f"<page {url}>" for url in many]
    assert web.most == 8
