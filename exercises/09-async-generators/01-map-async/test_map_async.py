import asyncio

from map_async import map_async


async def letters():
    yield "a"
    await asyncio.sleep(0)
    yield "b"
    yield "c"


def collect(agen):
    async def main():
        return [item async for item in agen]

    return asyncio.run(main())


def test_maps_a_plain_iterable_with_a_plain_function():
    assert collect(map_async(lambda n: n * 10, [1, 2, 3])) == [10, 20, 30]


def test_maps_an_async_iterable():
    assert collect(map_async(str.upper, letters())) == ["A", "B", "C"]


def test_awaits_what_a_coroutine_function_returns():
    async def tag(n):
        await asyncio.sleep(0)
        return f"#{n}"

    assert collect(map_async(tag, [1, 2])) == ["#1", "#2"]
    assert collect(map_async(tag, letters())) == ["#a", "#b", "#c"]


def test_awaits_any_awaitable_such_as_a_future():
    async def main():
        loop = asyncio.get_running_loop()

        def ready(value):
            future = loop.create_future()
            future.set_result(value * 2)
            return future

        return [item async for item in map_async(ready, [1, 2, 3])]

    assert asyncio.run(main()) == [2, 4, 6]


def test_keeps_the_order_when_a_later_call_is_quicker():
    async def slow_first(n):
        for _ in range(10 - 3 * n):
            await asyncio.sleep(0)
        return n

    assert collect(map_async(slow_first, [0, 1, 2])) == [0, 1, 2]


def test_yields_nothing_for_an_empty_source():
    assert collect(map_async(lambda n: n, [])) == []


def test_calls_fn_only_when_a_result_is_requested():
    calls = []

    def record(n):
        calls.append(n)
        return n

    async def main():
        gen = map_async(record, [1, 2, 3])
        await asyncio.sleep(0)
        assert calls == [], "nothing should run before the first anext()"
        assert await anext(gen) == 1
        assert calls == [1]
        assert await anext(gen) == 2
        assert calls == [1, 2]
        await gen.aclose()

    asyncio.run(main())


def test_reads_the_source_one_item_per_result():
    pulled = []

    async def numbers():
        for n in range(1, 6):
            pulled.append(n)
            yield n

    async def main():
        gen = map_async(lambda n: n * n, numbers())
        assert await anext(gen) == 1
        assert await anext(gen) == 4
        assert pulled == [1, 2], "read the source only as far as the results requested"
        await gen.aclose()

    asyncio.run(main())


def test_never_runs_two_calls_at_once():
    state = {"running": 0, "most": 0}

    async def work(n):
        state["running"] += 1
        state["most"] = max(state["most"], state["running"])
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        state["running"] -= 1
        return n

    assert collect(map_async(work, [1, 2, 3, 4])) == [1, 2, 3, 4]
    assert state["most"] == 1


def test_leaves_non_awaitable_results_alone():
    assert collect(map_async(lambda n: [n], ["x", "y"])) == [["x"], ["y"]]


def test_ends_with_stopasynciteration():
    async def main():
        gen = map_async(lambda s: s, ["x"])
        assert await anext(gen) == "x"
        assert await anext(gen, "done") == "done"

    asyncio.run(main())


def test_two_maps_read_in_turn_stay_apart():
    async def main():
        a = map_async(lambda n: n + 1, [1, 2])
        b = map_async(str.upper, letters())
        return [await anext(a), await anext(b), await anext(a), await anext(b)]

    assert asyncio.run(main()) == [2, "A", 3, "B"]
