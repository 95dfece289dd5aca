import asyncio
from contextlib import aclosing

import pytest

from map_concurrent import map_concurrent


class Work:
    """fn(n) takes `ticks(n)` steps of the event loop; records calls, overlaps and cancellations."""

    def __init__(self, ticks=lambda n: 3, fail=()):
        self.ticks = ticks
        self.fail = set(fail)
        self.started = []  # every call of fn, in order
        self.running = 0
        self.most = 0
        self.cancelled = []

    def fn(self, n):
        self.started.append(n)
        return self.work(n)

    async def work(self, n):
        self.running += 1
        self.most = max(self.most, self.running)
        try:
            for _ in range(self.ticks(n)):
                await asyncio.sleep(0)
            if n in self.fail:
                raise ValueError(f"no {n}s allowed")
            return f"v{n}"
        except asyncio.CancelledError:
            self.cancelled.append(n)
            raise
        finally:
            self.running -= 1


class Source:
    """1, 2, ..., size as an async generator; records pulls and closing."""

    def __init__(self, size):
        self.size = size
        self.pulled = 0
        self.closed = False

    async def read(self):
        try:
            for n in range(1, self.size + 1):
                self.pulled += 1
                yield n
        finally:
            self.closed = True


def collect(agen):
    async def main():
        return [item async for item in agen]

    return asyncio.run(main())


def test_yields_results_in_source_order_not_finishing_order():
    delays = {1: 20, 2: 1, 3: 12, 4: 4, 5: 1}
    work = Work(ticks=delays.get)
    assert collect(map_concurrent(work.fn, Source(5).read(), 5)) == ["v1", "v2", "v3", "v4", "v5"]
    assert work.most == 5


def test_keeps_up_to_limit_calls_running_and_never_more():
    work = Work(ticks=lambda n: (n % 3) * 4 + 1)
    assert collect(map_concurrent(work.fn, Source(9).read(), 3)) == [f"v{n}" for n in range(1, 10)]
    assert work.most == 3
    assert work.started == list(range(1, 10))


def test_with_limit_1_runs_one_call_at_a_time():
    work = Work()
    assert collect(map_concurrent(work.fn, Source(3).read(), 1)) == ["v1", "v2", "v3"]
    assert work.most == 1


def test_slides_the_window_instead_of_working_in_batches():
    work = Work()
    limit, total = 2, 6

    async def main():
        gen = map_concurrent(work.fn, Source(total).read(), limit)
        for handed_out in range(1, total + 1):
            assert await anext(gen) == f"v{handed_out}"
            assert len(work.started) >= min(handed_out + limit - 1, total), "start the next call as soon as a result is handed out"
            assert len(work.started) <= handed_out + limit
        assert await anext(gen, "end") == "end"

    asyncio.run(main())


def test_starts_nothing_and_pulls_nothing_before_the_first_anext():
    work = Work()
    source = Source(5)

    async def main():
        gen = map_concurrent(work.fn, source.read(), 3)
        for _ in range(5):
            await asyncio.sleep(0)
        assert work.started == [] and source.pulled == 0
        assert await anext(gen) == "v1"
        await gen.aclose()

    asyncio.run(main())


def test_never_pulls_more_than_limit_items_ahead_of_what_it_handed_out():
    work = Work()
    source = Source(100)

    async def main():
        gen = map_concurrent(work.fn, source.read(), 3)
        assert await anext(gen) == "v1"
        assert source.pulled <= 1 + 3
        assert await anext(gen) == "v2"
        assert source.pulled <= 2 + 3
        await gen.aclose()

    asyncio.run(main())


def test_closing_early_closes_the_source_and_cancels_the_calls_still_running():
    work = Work(ticks=lambda n: 1 if n == 1 else 20)
    source = Source(100)

    async def main():
        async with aclosing(map_concurrent(work.fn, source.read(), 3)) as gen:
            async for result in gen:
                assert result == "v1"
                break
        assert source.closed, "closing map_concurrent should close the source at once"
        started = len(work.started)
        assert started <= 4
        for _ in range(20):
            await asyncio.sleep(0)
        assert work.running == 0, "the calls still running should be cancelled, not left to run for nobody"
        assert len(work.cancelled) >= 1
        assert len(work.started) == started, "nothing new should start after the consumer stopped"

    asyncio.run(main())


def test_works_with_an_empty_source():
    work = Work()
    assert collect(map_concurrent(work.fn, Source(0).read(), 2)) == []
    assert work.started == []


def test_delivers_earlier_results_then_raises_at_the_failing_item():
    work = Work(ticks=lambda n: 5 if n == 2 else 1, fail={2})
    source = Source(5)

    async def main():
        gen = map_concurrent(work.fn, source.read(), 2)
        assert await anext(gen) == "v1"
        with pytest.raises(ValueError, match="no 2s allowed"):
            await anext(gen)
        for _ in range(10):
            await asyncio.sleep(0)
        assert work.running == 0, "the calls still running after a failure should be cancelled"
        assert source.closed

    asyncio.run(main())


def test_a_limit_below_1_raises_valueerror():
    work = Work()

    async def main():
        with pytest.raises(ValueError):
            await anext(map_concurrent(work.fn, Source(3).read(), 0))

    asyncio.run(main())
    assert work.started == []


def test_two_maps_read_in_turn_keep_their_own_windows():
    work = Work()

    async def main():
        a = map_concurrent(work.fn, Source(4).read(), 2)
        b = map_concurrent(work.fn, Source(4).read(), 2)
        seen = []
        for _ in range(4):
            seen += [await anext(a), await anext(b)]
        return seen

    assert asyncio.run(main()) == ["v1", "v1", "v2", "v2", "v3", "v3", "v4", "v4"]


def test_many_items():
    work = Work(ticks=lambda n: 1 + n % 2)
    results = collect(map_concurrent(work.fn, Source(40).read(), 8))
    assert results == [f"v{n}" for n in range(1, 41)]
    assert work.most == 8
