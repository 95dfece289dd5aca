import inspect

import pytest

from count_up_to_class import CountUpTo


def up_to(iterable, limit=50):
    """Pull at most `limit` values, so an iterator that never raises StopIteration fails instead of hanging."""
    iterator = iter(iterable)
    values = []
    for _ in range(limit):
        try:
            values.append(next(iterator))
        except StopIteration:
            return values
    raise AssertionError(f"still going after {limit} values: {values[:8]}, ...")


def test_yields_1_to_limit_in_a_for_loop():
    seen = []
    for n in CountUpTo(3):
        seen.append(n)
        assert len(seen) <= 50, f"still going after 50 values: {seen[:8]}, ..."
    assert seen == [1, 2, 3]


def test_works_with_list_and_unpacking():
    assert up_to(CountUpTo(5)) == [1, 2, 3, 4, 5]
    assert list(CountUpTo(5)) == [1, 2, 3, 4, 5]
    first, second, *rest = CountUpTo(5)
    assert (first, second, rest) == (1, 2, [3, 4, 5])


def test_yields_nothing_for_limit_0():
    assert up_to(CountUpTo(0)) == []


def test_speaks_the_protocol_and_stays_exhausted():
    it = iter(CountUpTo(1))
    assert next(it) == 1
    with pytest.raises(StopIteration):
        next(it)
    with pytest.raises(StopIteration):
        next(it)


def test_its_iterator_is_its_own_iterable():
    it = iter(CountUpTo(3))
    assert iter(it) is it, "an iterator's __iter__ must return self"
    assert next(it) == 1
    assert up_to(it) == [2, 3]


def test_starts_afresh_on_every_iter_call_even_when_interleaved():
    counter = CountUpTo(3)
    assert up_to(counter) == [1, 2, 3]
    assert up_to(counter) == [1, 2, 3]
    a = iter(counter)
    b = iter(counter)
    assert a is not b, "CountUpTo must hand out a new iterator each time"
    assert next(a) == 1
    assert next(a) == 2
    assert next(b) == 1
    assert next(a) == 3
    assert next(b) == 2


def test_is_written_by_hand_not_with_a_generator_or_a_built_in_iterator():
    it = iter(CountUpTo(2))
    assert not inspect.isgenerator(it), "write the iterator as a class with __next__, not as a generator"
    assert type(it).__module__ == CountUpTo.__module__, (
        f"iter() gave a {type(it).__name__}: write the iterator class yourself"
    )
