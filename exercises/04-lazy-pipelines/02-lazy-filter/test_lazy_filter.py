import inspect
import itertools

from lazy_filter import lazy_filter

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


def is_even(n):
    return n % 2 == 0


def test_keeps_the_items_that_pass():
    assert list(lazy_filter(is_even, [1, 2, 3, 4, 5, 6])) == [2, 4, 6]
    assert list(lazy_filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])) == ["bb", "ccc"]
    assert list(lazy_filter(is_even, [])) == []


def test_none_keeps_the_truthy_items():
    assert list(lazy_filter(None, [0, 1, "", "a", None, [], [0], False, True])) == [1, "a", [0], True]


def test_is_a_generator():
    result = lazy_filter(is_even, [1, 2])
    assert inspect.isgenerator(result), "write lazy_filter as a generator (def with yield, or a generator expression), not with filter()"
    assert next(result) == 2


def test_is_lazy_on_an_endless_source():
    source = Counted(itertools.count())
    evens = lazy_filter(is_even, source)
    assert source.pulls == 0, "nothing should be read before the first next()"
    assert next(evens) == 0
    assert source.pulls == 1
    assert next(evens) == 2
    assert next(evens) == 4
    assert source.pulls == 5, "reaching 4 should take exactly the reads of 0, 1, 2, 3, 4"


def test_calls_the_predicate_once_per_item_read():
    seen = []

    def check(n):
        seen.append(n)
        return is_even(n)

    evens = lazy_filter(check, Counted(itertools.count()))
    next(evens)
    next(evens)
    assert seen == [0, 1, 2]


def test_keeps_two_filters_apart_when_read_in_turns():
    evens = lazy_filter(is_even, range(10))
    odds = lazy_filter(lambda n: not is_even(n), range(10))
    assert [next(evens), next(odds), next(evens), next(odds)] == [0, 1, 2, 3]


def test_handles_200_000_items():
    assert sum(1 for _ in lazy_filter(is_even, range(200_000))) == 100_000
