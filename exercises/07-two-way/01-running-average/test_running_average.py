import math

import pytest

from running_average import running_average


def test_priming_next_yields_none():
    avg = running_average()
    assert next(avg) is None


def test_yields_the_mean_of_everything_sent_so_far():
    avg = running_average()
    next(avg)
    assert avg.send(10) == 10
    assert avg.send(20) == 15
    assert avg.send(60) == 30
    assert avg.send(-90) == 0


def test_does_not_count_the_priming_next_as_a_number():
    avg = running_average()
    next(avg)
    assert avg.send(4) == 4, "mean after sending only 4 (counting the priming call would give 2)"
    assert avg.send(8) == 6, "mean of 4 and 8"


def test_the_mean_is_a_true_division():
    avg = running_average()
    next(avg)
    avg.send(1)
    assert avg.send(2) == 1.5
    assert math.isclose(avg.send(2), 5 / 3)


def test_uses_every_number_sent_one_yield_per_number():
    avg = running_average()
    next(avg)
    means = [avg.send(x) for x in [1, 2, 3, 4, 5, 6]]
    assert means == [1, 1.5, 2, 2.5, 3, 3.5], "a second yield per round would lose every other number"


def test_sending_before_priming_is_refused_by_python():
    avg = running_average()
    with pytest.raises(TypeError, match="just-started generator"):
        avg.send(5)


def test_never_finishes():
    avg = running_average()
    next(avg)
    last = None
    for i in range(1, 100_001):
        last = avg.send(i)
    assert math.isclose(last, 50_000.5)


def test_two_averages_at_once_keep_their_own_state():
    a = running_average()
    b = running_average()
    next(a)
    next(b)
    a.send(100)
    assert b.send(1) == 1
    assert a.send(0) == 50
    c = running_average()
    assert next(c) is None, "a new average starts from nothing"
    assert c.send(7) == 7
