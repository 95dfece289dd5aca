import inspect
from itertools import count

import pytest

from pair_up import pair_up


class Scripted:
    """An iterator over `items` (0, 1, 2, ... forever when `items` is None)
    that counts its pulls and fails if pulled after its end."""

    def __init__(self, items=None):
        self._items = count() if items is None else iter(items)
        self.pulls = 0
        self.finished = False

    def __iter__(self):
        return self

    def __next__(self):
        self.pulls += 1
        assert not self.finished, "next() was called again after the source raised StopIteration"
        assert self.pulls <= 1000, "more than 1000 pulls: is pair_up reading the whole (endless) source first?"
        try:
            return next(self._items)
        except StopIteration:
            self.finished = True
            raise


def up_to(iterator, limit=50):
    """Pull at most `limit` items, so a generator that never ends fails instead of hanging."""
    values = []
    for _ in range(limit):
        try:
            values.append(next(iterator))
        except StopIteration:
            return values
    raise AssertionError(f"still going after {limit} pairs: {values[:4]}, ...")


def test_yields_the_items_two_at_a_time():
    assert up_to(pair_up(["host", "example.org", "port", "8080"])) == [
        ("host", "example.org"),
        ("port", "8080"),
    ]


def test_finishes_cleanly_when_the_items_run_out_between_two_pairs():
    # A StopIteration escaping the generator would be a RuntimeError here.
    assert up_to(pair_up([])) == []
    assert list(pair_up(["a", "b"])) == [("a", "b")]
    pairs = pair_up(["a", "b"])
    assert next(pairs) == ("a", "b")
    assert next(pairs, "finished") == "finished"
    assert next(pairs, "finished") == "finished"


def test_raises_value_error_in_the_middle_of_a_pair_after_the_whole_pairs():
    pairs = pair_up(["host", "example.org", "port"])
    assert next(pairs) == ("host", "example.org")
    with pytest.raises(ValueError, match="missing value for 'port'"):
        next(pairs)
    with pytest.raises(ValueError, match="missing value for 'lonely'"):
        list(pair_up(["lonely"]))


def test_none_and_other_falsy_items_are_items_not_the_end():
    assert up_to(pair_up(["a", None, None, 0, "", False])) == [("a", None), (None, 0), ("", False)]
    with pytest.raises(ValueError, match="missing value for None"):
        list(pair_up([None]))


def test_pulls_nothing_before_the_first_next_then_two_items_per_pair():
    source = Scripted(["a", "b", "c", "d"])
    pairs = pair_up(source)
    assert source.pulls == 0, "nothing should be pulled before the first next()"
    assert next(pairs) == ("a", "b")
    assert source.pulls == 2
    assert next(pairs) == ("c", "d")
    assert source.pulls == 4


def test_never_pulls_again_once_the_source_is_exhausted():
    even = Scripted(["a", "b"])
    assert up_to(pair_up(even)) == [("a", "b")]
    assert even.pulls == 3, "two items, then one pull that raises StopIteration"
    odd = Scripted(["a", "b", "c"])
    with pytest.raises(ValueError, match="missing value for 'c'"):
        up_to(pair_up(odd))
    assert odd.pulls == 4


def test_works_on_an_endless_source():
    pairs = pair_up(Scripted())
    assert [next(pairs), next(pairs), next(pairs)] == [(0, 1), (2, 3), (4, 5)]


def test_keeps_each_generator_separate_when_two_are_interleaved():
    a = pair_up(["a1", "a2", "a3", "a4"])
    b = pair_up(["b1", "b2", "b3", "b4"])
    assert next(a) == ("a1", "a2")
    assert next(b) == ("b1", "b2")
    assert next(a) == ("a3", "a4")
    assert next(b) == ("b3", "b4")
    assert next(a, "finished") == "finished"


def test_handles_a_long_source():
    total = 0
    last = None
    for last in pair_up(range(200_000)):
        total += 1
        assert total <= 100_000, "more than 100,000 pairs from 200,000 items: is it stopping at the end?"
    assert total == 100_000
    assert last == (199_998, 199_999)


def test_is_a_generator():
    assert inspect.isgenerator(pair_up([])), "write pair_up as a generator function (with yield)"
