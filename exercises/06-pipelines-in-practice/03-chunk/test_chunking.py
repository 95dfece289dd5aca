import inspect
import itertools

import pytest

from chunking import chunk

PULL_LIMIT = 10_000


class Counted:
    """Wraps an iterable and counts the items read from it."""

    def __init__(self, items):
        self.items = items
        self.pulls = 0

    def __iter__(self):
        for item in self.items:
            self.pulls += 1
            if self.pulls > PULL_LIMIT:
                raise AssertionError("10,000 items were read from an endless source: something is eager")
            yield item


def test_groups_items_into_tuples_of_size_the_last_one_shorter():
    assert list(chunk([1, 2, 3, 4, 5, 6, 7], 3)) == [(1, 2, 3), (4, 5, 6), (7,)]


def test_adds_no_empty_chunk_when_the_items_divide_evenly():
    assert list(chunk("abcd", 2)) == [("a", "b"), ("c", "d")]


def test_yields_nothing_for_no_items():
    assert list(chunk([], 3)) == []


def test_handles_size_1_and_a_size_bigger_than_the_input():
    assert list(chunk([1, 2, 3], 1)) == [(1,), (2,), (3,)]
    assert list(chunk([1, 2], 10)) == [(1, 2)]


def test_returns_a_generator():
    assert inspect.isgenerator(chunk([1], 1)), "return a generator (not itertools.batched)"


def test_raises_value_error_at_the_call_for_a_size_below_1():
    with pytest.raises(ValueError):
        chunk([1, 2], 0)
    with pytest.raises(ValueError):
        chunk([1, 2], -3)


def test_reads_nothing_when_it_raises_nor_at_a_valid_call():
    bad = Counted([1, 2])
    with pytest.raises(ValueError):
        chunk(bad, 0)
    assert bad.pulls == 0
    good = Counted([1, 2])
    chunk(good, 2)
    assert good.pulls == 0, "chunk() read items before next() was called"


def test_reads_exactly_size_items_for_a_full_chunk():
    source = Counted(itertools.count(1))
    chunks = chunk(source, 3)
    assert next(chunks) == (1, 2, 3)
    assert source.pulls == 3, "a chunk of 3 should need 3 reads"
    assert next(chunks) == (4, 5, 6)
    assert source.pulls == 6


def test_works_on_an_endless_source():
    assert list(itertools.islice(chunk(Counted(itertools.count(1)), 2), 3)) == [(1, 2), (3, 4), (5, 6)]


def test_starts_afresh_on_every_call():
    assert list(chunk("abc", 2)) == [("a", "b"), ("c",)]
    assert list(chunk("xy", 2)) == [("x", "y")], "a second call started with items left over from the first"


def test_keeps_two_chunkers_apart_when_read_in_turns():
    a = chunk("abcd", 2)
    b = chunk("wxyz", 3)
    assert [next(a), next(b), next(a), next(b)] == [("a", "b"), ("w", "x", "y"), ("c", "d"), ("z",)]


def test_handles_200_000_items():
    chunks = list(chunk(range(200_000), 7))
    assert len(chunks) == 28_572
    assert chunks[-1] == (199_997, 199_998, 199_999)
    assert sum(len(c) for c in chunks) == 200_000
