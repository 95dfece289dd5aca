import inspect

from fibonacci import fibonacci


def pull(iterator, count):
    """Call next() exactly `count` times (a bounded pull, so a wrong answer cannot hang)."""
    values = []
    for _ in range(count):
        try:
            values.append(next(iterator))
        except StopIteration:
            raise AssertionError(f"the sequence finished after {len(values)} numbers: {values[-3:]}")
    return values


def test_starts_0_1_1_2_3_5_8_13_21_34():
    assert pull(fibonacci(), 10) == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]


def test_makes_every_number_after_the_first_two_the_sum_of_the_two_before_it():
    values = pull(fibonacci(), 100)
    for i in range(2, len(values)):
        assert values[i] == values[i - 2] + values[i - 1], f"number {i} should be {values[i - 2]} + {values[i - 1]}"
    # Python's ints never overflow: the 100th number is exact.
    assert values[99] == 218922995834555169026


def test_never_finishes():
    assert len(pull(fibonacci(), 1000)) == 1000


def test_gives_each_call_its_own_sequence():
    first = fibonacci()
    second = fibonacci()
    pull(first, 5)
    assert next(second) == 0
    assert next(first) == 5
    assert next(second) == 1


def test_is_a_generator():
    assert inspect.isgenerator(fibonacci()), "write fibonacci as a generator function (with yield)"
