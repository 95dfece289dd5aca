import pytest

from summarize import Summary, summarize


def generate(*values):
    yield from values


class Counted:
    """An iterable over `values` that counts how many times it is iterated."""

    def __init__(self, values):
        self.values = values
        self.iterations = 0

    def __iter__(self):
        self.iterations += 1
        return iter(self.values)


def test_summarizes_a_list():
    assert summarize([3, 9, 6]) == Summary(count=3, smallest=3, largest=9, mean=6)


def test_summarizes_a_generator():
    assert summarize(generate(3, 9, 6)) == Summary(count=3, smallest=3, largest=9, mean=6)


def test_summarizes_a_generator_expression():
    assert summarize(n * n for n in range(1, 4)) == Summary(count=3, smallest=1, largest=9, mean=14 / 3)


def test_reads_its_input_exactly_once():
    values = Counted([4, 8])
    assert summarize(values) == Summary(count=2, smallest=4, largest=8, mean=6)
    assert values.iterations == 1, f"iterated {values.iterations} times; a generator would be empty after the first"


def test_handles_negative_numbers_and_a_single_value():
    assert summarize(generate(-5, -2, -9)) == Summary(count=3, smallest=-9, largest=-2, mean=-16 / 3)
    assert summarize(generate(7)) == Summary(count=1, smallest=7, largest=7, mean=7)


def test_works_with_a_one_shot_iterator_that_is_not_a_generator():
    assert summarize(iter([2.5, 0.5])) == Summary(count=2, smallest=0.5, largest=2.5, mean=1.5)


def test_raises_valueerror_for_no_values_from_a_list_or_a_generator():
    with pytest.raises(ValueError):
        summarize([])
    with pytest.raises(ValueError):
        summarize(generate())


def test_summarizes_a_long_generator():
    assert summarize(n % 1000 for n in range(200_000)) == Summary(count=200_000, smallest=0, largest=999, mean=499.5)
