import pytest

from zip_by_hand import Zip


class Counted:
    """An iterable of 'a0', 'a1', ... (endless when length is None) that counts
    how often it is asked for an iterator and how often it is pulled."""

    def __init__(self, label, length=None):
        self.label, self.length = label, length
        self.iterators = 0
        self.pulls = 0

    def __iter__(self):
        self.iterators += 1
        return CountedIterator(self)


class CountedIterator:
    def __init__(self, source):
        self._source = source
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        source = self._source
        source.pulls += 1
        assert source.pulls <= 1000, f"{source.label}: more than 1000 pulls; is Zip reading a whole (endless) source first?"
        if source.length is not None and self._index >= source.length:
            raise StopIteration
        self._index += 1
        return f"{source.label}{self._index - 1}"


def up_to(iterator, limit=20):
    """Pull at most `limit` pairs, so a zip that never ends fails instead of hanging."""
    values = []
    for _ in range(limit):
        try:
            values.append(next(iterator))
        except StopIteration:
            return values
    raise AssertionError(f"still going after {limit} pairs")


def test_pairs_items_up_in_order():
    assert up_to(Zip([1, 2, 3], "abc")) == [(1, "a"), (2, "b"), (3, "c")]


def test_stops_at_the_shorter_side_whichever_it_is():
    assert up_to(Zip([1, 2, 3], "a")) == [(1, "a")]
    assert up_to(Zip([1], "abc")) == [(1, "a")]
    assert up_to(Zip([], "a")) == []


def test_none_and_zero_are_items_not_the_end():
    assert up_to(Zip([None, 0], [0, None])) == [(None, 0), (0, None)]


def test_pulls_nothing_until_the_first_next():
    a, b = Counted("a", 3), Counted("b", 3)
    Zip(a, b)
    assert (a.pulls, b.pulls) == (0, 0)


def test_pulls_one_item_from_each_side_per_pair():
    a, b = Counted("a", 3), Counted("b", 3)
    pairs = Zip(a, b)
    assert next(pairs) == ("a0", "b0")
    assert (a.pulls, b.pulls) == (1, 1)
    assert next(pairs) == ("a1", "b1")
    assert (a.pulls, b.pulls) == (2, 2)


def test_does_not_pull_from_second_once_first_is_exhausted():
    a, b = Counted("a", 2), Counted("b")
    assert up_to(Zip(a, b)) == [("a0", "b0"), ("a1", "b1")]
    # The third pull from `first` ended it: `second` must not lose an item to it.
    assert b.pulls == 2


def test_stays_exhausted_and_pulls_nothing_more():
    a, b = Counted("a", 1), Counted("b", 1)
    pairs = Zip(a, b)
    assert next(pairs) == ("a0", "b0")
    with pytest.raises(StopIteration):
        next(pairs)
    pulled = (a.pulls, b.pulls)
    with pytest.raises(StopIteration):
        next(pairs)
    with pytest.raises(StopIteration):
        next(pairs)
    assert (a.pulls, b.pulls) == pulled, "an exhausted Zip must not pull from its sources again"


def test_asks_each_source_for_one_iterator_only():
    a, b = Counted("a", 2), Counted("b", 2)
    up_to(Zip(a, b))
    assert (a.iterators, b.iterators) == (1, 1)


def test_works_with_endless_sources():
    pairs = Zip(Counted("a"), Counted("b"))
    assert [next(pairs), next(pairs)] == [("a0", "b0"), ("a1", "b1")]


def test_is_its_own_iterator_so_it_is_single_use():
    pairs = Zip([1, 2, 3], "abc")
    assert iter(pairs) is pairs
    assert next(pairs) == (1, "a")
    assert up_to(iter(pairs)) == [(2, "b"), (3, "c")]
    assert up_to(iter(pairs)) == []


def test_keeps_each_zip_separate_when_two_are_interleaved():
    first = Zip([1, 2], "ab")
    second = Zip([3, 4], "cd")
    assert next(first) == (1, "a")
    assert next(second) == (3, "c")
    assert next(first) == (2, "b")
    assert next(second) == (4, "d")
