import inspect

import pytest

from count_up_to_generator import count_up_to


def up_to(iterator, limit=50):
    """Pull at most `limit` values, so a generator that never ends fails instead of hanging."""
    values = []
    for _ in range(limit):
        try:
            values.append(next(iterator))
        except StopIteration:
            return values
    raise AssertionError(f"still going after {limit} values")


def test_yields_1_to_limit():
    assert up_to(count_up_to(3)) == [1, 2, 3]
    assert up_to(count_up_to(1)) == [1]


def test_yields_nothing_for_limit_0():
    assert up_to(count_up_to(0)) == []


def test_one_value_per_next_then_stays_exhausted():
    g = count_up_to(2)
    assert next(g) == 1
    assert next(g) == 2
    with pytest.raises(StopIteration):
        next(g)
    with pytest.raises(StopIteration):
        next(g)


def test_raises_value_error_for_a_negative_limit():
    with pytest.raises(ValueError):
        next(count_up_to(-1))


def test_raises_type_error_for_a_limit_that_is_not_an_int():
    with pytest.raises(TypeError):
        next(count_up_to(2.5))
    with pytest.raises(TypeError):
        next(count_up_to("3"))


def test_starts_lazily_so_a_bad_limit_raises_only_at_the_first_next():
    g = count_up_to(-1)  # must not raise yet: calling a generator function runs none of its body
    with pytest.raises(ValueError):
        next(g)


def test_is_a_real_generator_which_is_its_own_iterator():
    g = count_up_to(3)
    assert inspect.isgenerator(g), "write count_up_to as a generator function (with yield)"
    assert iter(g) is g


def test_gives_a_fresh_independent_generator_on_every_call():
    a = count_up_to(3)
    b = count_up_to(3)
    assert next(a) == 1
    assert next(a) == 2
    assert next(b) == 1
    assert next(a) == 3


def test_is_single_use_like_every_generator():
    g = count_up_to(2)
    assert list(g) == [1, 2]
    assert list(g) == []
