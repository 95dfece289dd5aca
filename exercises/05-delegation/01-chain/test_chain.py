import inspect
import itertools

import pytest

from chain import chain

PULL_LIMIT = 10_000


class Watched:
    """An iterable that counts how often it is opened (iter() called) and read."""

    def __init__(self, items):
        self.items = items
        self.opened = 0
        self.pulls = 0

    def __iter__(self):
        self.opened += 1
        return self._read(iter(self.items))

    def _read(self, inner):
        for item in inner:
            self.pulls += 1
            if self.pulls > PULL_LIMIT:
                raise AssertionError("10,000 items were read from an endless source: something is eager")
            yield item


def test_yields_the_items_of_each_iterable_in_turn():
    assert list(chain([1, 2], [3], [4, 5])) == [1, 2, 3, 4, 5]


def test_accepts_any_iterable():
    def gen():
        yield "x"
        yield "y"

    assert list(chain("ab", {"c"}, gen(), ("d",))) == ["a", "b", "c", "x", "y", "d"]


def test_skips_empty_iterables_and_yields_nothing_for_none():
    assert list(chain([], [1], [], [2], [])) == [1, 2]
    assert list(chain()) == []


def test_is_a_generator_that_stays_done():
    result = chain([1])
    assert inspect.isgenerator(result), "write chain as a generator function, not with itertools"
    assert next(result) == 1
    with pytest.raises(StopIteration):
        next(result)
    with pytest.raises(StopIteration):
        next(result)


def test_touches_nothing_before_the_first_next():
    a = Watched([1, 2])
    result = chain(a, [3])
    assert a.opened == 0, "chain() opened the first iterable before next() was called"
    next(result)
    assert a.pulls == 1


def test_reads_exactly_one_item_per_next():
    a = Watched([10, 20, 30, 40])
    result = chain(a)
    next(result)
    next(result)
    assert a.pulls == 2, "two next() calls should read two items"


def test_does_not_open_the_next_iterable_before_the_current_one_is_used_up():
    a = Watched([1, 2])
    b = Watched(itertools.count())
    result = chain(a, b)
    assert next(result) == 1
    assert next(result) == 2
    assert b.opened == 0, "the second iterable was opened while the first still had items"
    assert next(result) == 0
    assert b.opened == 1 and b.pulls == 1


def test_works_with_an_endless_iterable_first():
    later = Watched([99])
    assert list(itertools.islice(chain(Watched(itertools.count()), later), 5)) == [0, 1, 2, 3, 4]
    assert later.opened == 0


def test_keeps_two_chains_apart_when_read_in_turns():
    a = chain("ab", "c")
    b = chain("x", "yz")
    assert [next(a), next(b), next(a), next(b), next(a), next(b)] == ["a", "x", "b", "y", "c", "z"]


def test_handles_50_000_iterables_and_200_000_items():
    # Far past the recursion limit: one generator per iterable, nested, would not get here.
    many = chain(*([n] for n in range(50_000)))
    assert sum(many) == sum(range(50_000))
    assert sum(1 for _ in chain(range(200_000), range(3))) == 200_003
