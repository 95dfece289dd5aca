import itertools

import pytest

from scaled import scaled

PULL_LIMIT = 10_000


class Watched:
    """An iterable that counts how often it is asked for an iterator and for a value."""

    def __init__(self, items):
        self.items = items
        self.opened = 0
        self.pulls = 0

    def __iter__(self):
        self.opened += 1
        return self._read(iter(self.items))

    def _read(self, inner):
        # Each pull goes through here and is counted.
        for value in inner:
            self.pulls += 1
            if self.pulls > PULL_LIMIT:
                raise AssertionError("10,000 values were read from an endless source: something is eager")
            yield value


def test_yields_each_value_times_the_factor():
    assert list(scaled([1, 2, 3], 10)) == [10, 20, 30]
    assert list(scaled((0.5, -2), 4)) == [2, -8]
    assert list(scaled([], 3)) == []


def test_returns_an_iterator():
    result = scaled([2], 3)
    assert iter(result) is result, "the result should be an iterator, not a list"
    assert next(result) == 6
    with pytest.raises(StopIteration):
        next(result)


def test_calls_iter_at_the_call_and_reads_nothing_yet():
    source = Watched([1, 2, 3])
    scaled(source, 2)
    assert source.opened == 1, "scaled() should call iter(values) as soon as it is called"
    assert source.pulls == 0, "scaled() should not read any value before next()"


def test_raises_type_error_at_the_call_for_a_non_iterable():
    with pytest.raises(TypeError):
        scaled(42, 2)
    with pytest.raises(TypeError):
        scaled(None, 2)


def test_calls_iter_only_once():
    source = Watched([1, 2, 3])
    assert list(scaled(source, 2)) == [2, 4, 6]
    assert source.opened == 1, "iter(values) was called a second time"


def test_pulls_one_value_per_next_so_an_endless_source_works():
    source = Watched(itertools.count())
    result = scaled(source, 3)
    assert next(result) == 0
    assert source.pulls == 1
    assert next(result) == 3
    assert next(result) == 6
    assert source.pulls == 3, "three next() calls should make three pulls"


def test_keeps_two_results_apart_when_read_in_turns():
    a = scaled([1, 2, 3], 10)
    b = scaled([4, 5, 6], 100)
    assert [next(a), next(b), next(a), next(b), next(a), next(b)] == [10, 400, 20, 500, 30, 600]
