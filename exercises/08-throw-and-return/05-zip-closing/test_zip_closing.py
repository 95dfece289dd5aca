import gc

import pytest

from zip_closing import zip_closing


class Tracked:
    """An iterable over `items` whose iterator counts what is done to it and has a close() method."""

    def __init__(self, items, name):
        self.items = list(items)
        self.name = name
        self.iterators = 0
        self.pulls = 0
        self.closes = 0

    def __iter__(self):
        self.iterators += 1
        return TrackedIterator(self)


class TrackedIterator:
    def __init__(self, source):
        self.source = source
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        source = self.source
        source.pulls += 1
        if source.pulls > 1000:
            raise AssertionError(f'{source.name} was pulled more than 1000 times')
        if self.index >= len(source.items):
            raise StopIteration
        self.index += 1
        return source.items[self.index - 1]

    def close(self):
        self.source.closes += 1


class NoClose:
    """An iterator without a close() method."""

    def __init__(self, items):
        self.items = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.items)


def test_pairs_items_up_to_the_shorter_source():
    assert list(zip_closing([1, 2, 3], ['a', 'b'])) == [(1, 'a'), (2, 'b')]
    assert list(zip_closing('xy', [True, False, True])) == [('x', True), ('y', False)]
    assert list(zip_closing([], [1])) == []


def test_gets_the_iterators_on_the_first_next_not_when_created():
    left = Tracked([1], 'left')
    right = Tracked([2], 'right')
    pairs = zip_closing(left, right)
    assert left.iterators + right.iterators == 0
    next(pairs)
    assert (left.iterators, right.iterators) == (1, 1)


def test_closes_the_longer_source_when_the_shorter_runs_out_without_pulling_it_again():
    left = Tracked([1, 2], 'left')
    right = Tracked(['a', 'b', 'c', 'd'], 'right')
    assert list(zip_closing(left, right)) == [(1, 'a'), (2, 'b')]
    assert right.pulls == 2, "right must not be pulled once left has run out"
    assert right.closes == 1, "right still had items, so it must be closed, once"


def test_closes_the_left_source_when_the_right_runs_out_first():
    left = Tracked([1, 2, 3], 'left')
    right = Tracked(['a'], 'right')
    assert list(zip_closing(left, right)) == [(1, 'a')]
    assert left.closes == 1


def test_closes_both_sources_once_on_close():
    left = Tracked([1, 2, 3], 'left')
    right = Tracked([4, 5, 6], 'right')
    pairs = zip_closing(left, right)
    assert next(pairs) == (1, 4)
    pairs.close()
    pairs.close()
    assert (left.closes, right.closes) == (1, 1)
    assert (left.pulls, right.pulls) == (1, 1), "no pulls beyond what was consumed"


def test_closes_both_sources_when_an_exception_is_thrown_in_and_lets_it_out():
    left = Tracked([1, 2, 3], 'left')
    right = Tracked([4, 5, 6], 'right')
    pairs = zip_closing(left, right)
    next(pairs)
    with pytest.raises(ValueError, match='consumer failed'):
        pairs.throw(ValueError('consumer failed'))
    assert (left.closes, right.closes) == (1, 1)


def test_closes_both_sources_when_dropped():
    left = Tracked([1, 2, 3], 'left')
    right = Tracked([4, 5, 6], 'right')
    pairs = zip_closing(left, right)
    next(pairs)
    del pairs  # CPython (and Pyodide) close a paused generator when it is garbage-collected
    gc.collect()
    assert (left.closes, right.closes) == (1, 1)


def test_opens_and_closes_nothing_when_closed_before_it_starts():
    left = Tracked([1], 'left')
    right = Tracked([2], 'right')
    zip_closing(left, right).close()
    assert (left.iterators, left.pulls, left.closes) == (0, 0, 0)
    assert (right.iterators, right.pulls, right.closes) == (0, 0, 0)


def test_closes_generator_sources_running_their_finally_blocks():
    log = []

    def numbers():
        try:
            yield from [1, 2, 3]
        finally:
            log.append('numbers closed')

    def letters():
        try:
            yield from ['a']
        finally:
            log.append('letters closed')

    assert list(zip_closing(numbers(), letters())) == [(1, 'a')]
    assert sorted(log) == ['letters closed', 'numbers closed']


def test_copes_with_iterators_that_have_no_close_method():
    assert list(zip_closing(NoClose([1, 2, 3]), NoClose('ab'))) == [(1, 'a'), (2, 'b')]
    pairs = zip_closing(NoClose([1, 2]), [3, 4])
    next(pairs)
    pairs.close()


def test_works_with_endless_sources():
    def naturals():
        n = 0
        while True:
            yield n
            n += 1

    assert list(zip_closing(naturals(), 'abc')) == [(0, 'a'), (1, 'b'), (2, 'c')]
    endless = Tracked(range(10_000), 'endless')
    assert list(zip_closing(endless, 'xy')) == [(0, 'x'), (1, 'y')]
    assert endless.pulls == 3, "pulls from the left only while pairs are made, plus the one the right could not match"
