import inspect

from replay import replay


class OneShot:
    """A single-use iterable of `items` that counts its pulls and raises
    if anyone asks it for a second iterator."""

    def __init__(self, items):
        self._items = list(items)
        self.iterators = 0
        self.pulls = 0

    def __iter__(self):
        self.iterators += 1
        assert self.iterators == 1, "items was read a second time"
        return self

    def __next__(self):
        self.pulls += 1
        if not self._items:
            raise StopIteration
        return self._items.pop(0)


def up_to(iterator, limit=50):
    """Pull at most `limit` values, so a generator that never ends fails instead of hanging."""
    values = []
    for _ in range(limit):
        try:
            values.append(next(iterator))
        except StopIteration:
            return values
    raise AssertionError(f"still going after {limit} values")


def test_yields_the_items_rounds_times_over():
    assert up_to(replay([1, 2, 3], 2)) == [1, 2, 3, 1, 2, 3]
    assert up_to(replay(["a"], 3)) == ["a", "a", "a"]


def test_yields_the_items_once_for_one_round():
    assert up_to(replay([1, 2, 3], 1)) == [1, 2, 3]


def test_reads_items_only_once_so_a_single_use_source_works():
    source = OneShot(["x", "y"])
    assert up_to(replay(source, 3)) == ["x", "y", "x", "y", "x", "y"]
    assert source.iterators == 1
    assert source.pulls == 3


def test_works_with_a_generator_as_the_source():
    def letters():
        yield "a"
        yield "b"

    assert up_to(replay(letters(), 2)) == ["a", "b", "a", "b"]


def test_passes_each_item_on_as_it_arrives_instead_of_reading_everything_first():
    source = OneShot([1, 2, 3])
    g = replay(source, 2)
    assert source.pulls == 0
    assert next(g) == 1
    assert source.pulls == 1
    assert next(g) == 2
    assert source.pulls == 2


def test_yields_nothing_and_leaves_items_alone_for_rounds_of_0_or_less():
    zero = OneShot([1, 2])
    assert up_to(replay(zero, 0)) == []
    assert zero.iterators == 0
    negative = OneShot([1, 2])
    assert up_to(replay(negative, -1)) == []
    assert negative.iterators == 0


def test_finishes_at_once_for_an_empty_source_however_many_rounds():
    assert up_to(replay(OneShot([]), 5)) == []


def test_keeps_each_generators_memory_separate_even_when_interleaved():
    a = replay(["a1", "a2"], 2)
    b = replay(["b1"], 2)
    assert next(a) == "a1"
    assert next(b) == "b1"
    assert up_to(a) == ["a2", "a1", "a2"]
    assert up_to(b) == ["b1"]
    assert up_to(replay(["c"], 2)) == ["c", "c"]


def test_is_a_generator():
    assert inspect.isgenerator(replay([], 1)), "write replay as a generator function (with yield)"
