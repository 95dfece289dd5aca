import inspect
import math

import pytest

from range_by_hand import Range


def up_to(iterable, limit=50):
    """Pull at most `limit` values, so a range that never ends fails instead of hanging."""
    iterator = iter(iterable)
    values = []
    for _ in range(limit):
        try:
            values.append(next(iterator))
        except StopIteration:
            return values
    raise AssertionError(f"still going after {limit} values: {values[:8]}, ...")


def test_counts_from_start_up_to_not_including_stop():
    assert up_to(Range(0, 5)) == [0, 1, 2, 3, 4]
    assert up_to(Range(-2, 2)) == [-2, -1, 0, 1]


def test_takes_steps_floats_included():
    assert up_to(Range(2, 10, 3)) == [2, 5, 8]
    assert up_to(Range(0, 10, 5)) == [0, 5]
    assert up_to(Range(0, 1, 0.25)) == [0, 0.25, 0.5, 0.75]


def test_counts_down_with_a_negative_step():
    assert up_to(Range(5, 0, -1)) == [5, 4, 3, 2, 1]
    assert up_to(Range(5, 0, -2)) == [5, 3, 1]


def test_is_empty_when_start_is_already_at_or_past_stop():
    assert up_to(Range(3, 3)) == []
    assert up_to(Range(5, 0)) == []
    assert up_to(Range(0, 5, -1)) == []


def test_raises_value_error_for_step_0_at_once():
    with pytest.raises(ValueError):
        Range(0, 5, 0)


def test_is_reusable_every_loop_starts_again_at_start():
    r = Range(1, 4)
    assert list(r) == [1, 2, 3]
    assert list(r) == [1, 2, 3]
    a = iter(r)
    b = iter(r)
    assert next(a) == 1
    assert next(a) == 2
    assert next(b) == 1
    assert next(a) == 3


def test_its_iterator_is_its_own_iterable_and_stays_exhausted():
    it = iter(Range(0, 1))
    assert iter(it) is it
    assert next(it) == 0
    with pytest.raises(StopIteration):
        next(it)
    with pytest.raises(StopIteration):
        next(it)


def test_computes_values_as_they_are_pulled_no_list_no_generator_no_range():
    it = iter(Range(0, 3))
    assert not inspect.isgenerator(it), "write the iterator as a class with __next__, not as a generator"
    assert type(it).__module__ == Range.__module__, (
        f"iter() gave a {type(it).__name__}: write the iterator class yourself"
    )


def test_works_with_an_endless_range():
    it = iter(Range(10, math.inf, 10))
    assert [next(it), next(it), next(it)] == [10, 20, 30]
