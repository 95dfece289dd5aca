import inspect

from take import take

PULL_LIMIT = 300_000


class CountingNaturals:
    """0, 1, 2, ... forever, counting how often it is pulled."""

    def __init__(self):
        self.pulls = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.pulls += 1
        assert self.pulls <= PULL_LIMIT, f"take pulled more than {PULL_LIMIT} items from an endless source: it is not stopping"
        return self.pulls - 1


def test_yields_the_first_n_items_of_an_endless_source():
    assert list(take(CountingNaturals(), 3)) == [0, 1, 2]


def test_never_pulls_item_n_plus_1():
    source = CountingNaturals()
    assert list(take(source, 3)) == [0, 1, 2]
    assert source.pulls == 3, "take(source, 3) should call next() on the source exactly 3 times"


def test_pulls_nothing_when_n_is_0_or_negative():
    for n in (0, -1):
        source = CountingNaturals()
        assert list(take(source, n)) == []
        assert source.pulls == 0, f"take(source, {n}) should not call next() on the source"


def test_is_lazy_one_pull_per_item_asked_for():
    source = CountingNaturals()
    taken = take(source, 5)
    assert source.pulls == 0, "nothing should be pulled before the first next()"
    assert next(taken) == 0
    assert source.pulls == 1
    assert next(taken) == 1
    assert source.pulls == 2


def test_finishes_after_n_items():
    taken = take(CountingNaturals(), 1)
    assert next(taken) == 0
    assert next(taken, "finished") == "finished"
    assert next(taken, "finished") == "finished"


def test_stops_early_when_the_source_is_shorter_than_n():
    assert list(take(["a", "b"], 5)) == ["a", "b"]
    assert list(take([], 3)) == []


def test_keeps_two_takes_separate_when_interleaved():
    a = take(CountingNaturals(), 2)
    b = take("xyz", 2)
    assert next(a) == 0
    assert next(b) == "x"
    assert next(a) == 1
    assert next(b) == "y"
    assert next(a, "finished") == "finished"


def test_handles_a_long_prefix():
    source = CountingNaturals()
    total = 0
    for item in take(source, 200_000):
        total += 1
    assert total == 200_000
    assert source.pulls == 200_000


def test_is_a_generator():
    assert inspect.isgenerator(take([], 1)), "write take as a generator function (with yield)"
