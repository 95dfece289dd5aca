import itertools

from sliding_windows import sliding_windows

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
                raise AssertionError("10,000 items were read from an endless source: is it reading everything first?")
            yield item


def test_yields_every_run_of_n_consecutive_items():
    assert list(sliding_windows([1, 2, 3, 4], 2)) == [(1, 2), (2, 3), (3, 4)]
    assert list(sliding_windows("abcde", 3)) == [("a", "b", "c"), ("b", "c", "d"), ("c", "d", "e")]


def test_yields_one_window_per_item_for_n_1():
    assert list(sliding_windows([7, 8], 1)) == [(7,), (8,)]


def test_one_window_when_exactly_n_long_none_when_shorter():
    assert list(sliding_windows([1, 2, 3], 3)) == [(1, 2, 3)]
    assert list(sliding_windows([1, 2], 3)) == []
    assert list(sliding_windows([], 2)) == []


def test_windows_are_tuples_that_never_change():
    kept = list(sliding_windows([1, 2, 3, 4], 2))
    assert kept == [(1, 2), (2, 3), (3, 4)], "a window changed after it was yielded: yield a snapshot"
    assert all(type(window) is tuple for window in kept)


def test_reads_n_items_for_the_first_window_then_one_per_window():
    source = Counted(itertools.count())
    triples = sliding_windows(source, 3)
    assert source.pulls == 0, "nothing should be read before the first next()"
    assert next(triples) == (0, 1, 2)
    assert source.pulls == 3, "the first window of 3 should take exactly 3 reads"
    assert next(triples) == (1, 2, 3)
    assert source.pulls == 4, "the second window should take exactly one more read"
    assert next(triples) == (2, 3, 4)
    assert source.pulls == 5


def test_keeps_two_calls_apart_when_read_in_turns():
    a = sliding_windows("abc", 2)
    b = sliding_windows("xyz", 2)
    assert [next(a), next(b), next(a), next(b)] == [("a", "b"), ("x", "y"), ("b", "c"), ("y", "z")]


def test_handles_200_000_items():
    windows = sliding_windows(range(200_000), 3)
    count = 0
    last = None
    for last in windows:
        count += 1
    assert count == 199_998
    assert last == (199_997, 199_998, 199_999)
