import asyncio
from contextlib import aclosing

from take_async import take_async


class Numbers:
    """1, 2, ..., size as an async generator; records how many were pulled and whether it was closed."""

    def __init__(self, size):
        self.size = size
        self.pulled = 0
        self.closed = False

    async def read(self):
        try:
            for n in range(1, self.size + 1):
                await asyncio.sleep(0)
                self.pulled += 1
                yield n
        finally:
            self.closed = True


def collect(agen):
    async def main():
        return [item async for item in agen]

    return asyncio.run(main())


def test_yields_the_first_n_items():
    assert collect(take_async(Numbers(10).read(), 3)) == [1, 2, 3]


def test_yields_everything_from_a_shorter_source_and_closes_it():
    numbers = Numbers(2)
    assert collect(take_async(numbers.read(), 5)) == [1, 2]
    assert numbers.closed


def test_pulls_exactly_n_items_not_one_more():
    numbers = Numbers(10)
    collect(take_async(numbers.read(), 3))
    assert numbers.pulled == 3


def test_closes_the_source_as_soon_as_it_has_taken_enough():
    numbers = Numbers(10)

    async def main():
        gen = take_async(numbers.read(), 2)
        assert await anext(gen) == 1
        assert await anext(gen) == 2
        assert not numbers.closed, "not yet: the consumer has not asked past the second item"
        assert await anext(gen, "end") == "end"
        assert numbers.closed, "the source should be closed by the time take_async reports the end"
        assert numbers.pulled == 2

    asyncio.run(main())


def test_pulls_nothing_for_n_0_or_less_and_still_closes_the_source():
    for n in (0, -1):
        numbers = Numbers(3)

        async def main():
            gen = numbers.read()
            await anext(gen)  # started, so that closing it runs its finally
            assert [item async for item in take_async(gen, n)] == []

        asyncio.run(main())
        assert numbers.pulled == 1, "take_async(source, 0) should not pull anything"
        assert numbers.closed


def test_pulls_nothing_before_the_first_anext():
    numbers = Numbers(3)

    async def main():
        gen = take_async(numbers.read(), 2)
        for _ in range(5):
            await asyncio.sleep(0)
        assert numbers.pulled == 0
        assert await anext(gen) == 1
        assert numbers.pulled == 1
        await gen.aclose()

    asyncio.run(main())


def test_closing_it_early_closes_the_source_at_once():
    numbers = Numbers(10)

    async def main():
        async with aclosing(take_async(numbers.read(), 5)) as gen:
            async for n in gen:
                assert n == 1
                break
        assert numbers.closed, "aclose() on take_async should close the source before it returns"
        assert numbers.pulled == 1

    asyncio.run(main())


def test_two_takes_read_in_turn_stay_apart():
    a, b = Numbers(10), Numbers(10)

    async def main():
        first = take_async(a.read(), 2)
        second = take_async(b.read(), 3)
        seen = [await anext(first), await anext(second), await anext(first), await anext(second)]
        seen.append(await anext(first, "end"))
        seen.append(await anext(second))
        return seen

    assert asyncio.run(main()) == [1, 1, 2, 2, "end", 3]
    assert a.closed and a.pulled == 2
