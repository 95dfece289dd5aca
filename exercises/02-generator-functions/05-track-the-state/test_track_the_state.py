import inspect

import pytest

from track_the_state import Tracked


def test_starts_created_without_running_the_body():
    log = []

    def body():
        log.append("body ran")
        yield 1

    tracked = Tracked(body())
    assert tracked.state == "GEN_CREATED"
    assert log == []


def test_is_suspended_after_a_next_that_yields_and_passes_the_item_through():
    def body():
        yield "a"
        yield "b"

    tracked = Tracked(body())
    assert next(tracked) == "a"
    assert tracked.state == "GEN_SUSPENDED"
    assert next(tracked) == "b"
    assert tracked.state == "GEN_SUSPENDED"


def test_is_running_while_the_body_executes():
    seen = []

    def body():
        seen.append(tracked.state)
        yield 1
        seen.append(tracked.state)

    tracked = Tracked(body())
    next(tracked)
    next(tracked, None)
    assert seen == ["GEN_RUNNING", "GEN_RUNNING"]


def test_agrees_with_inspect_getgeneratorstate_at_every_step():
    def body():
        seen.append((tracked.state, inspect.getgeneratorstate(generator)))
        yield 1
        seen.append((tracked.state, inspect.getgeneratorstate(generator)))

    seen = []
    generator = body()
    tracked = Tracked(generator)
    seen.append((tracked.state, inspect.getgeneratorstate(generator)))
    next(tracked)
    seen.append((tracked.state, inspect.getgeneratorstate(generator)))
    next(tracked, None)
    seen.append((tracked.state, inspect.getgeneratorstate(generator)))
    for ours, theirs in seen:
        assert ours == theirs, f"state {ours!r}, but inspect says {theirs!r}"


def test_is_closed_after_the_body_returns_and_passes_the_return_value_through():
    def body():
        yield 1
        return "bye"

    tracked = Tracked(body())
    next(tracked)
    try:
        next(tracked)
    except StopIteration as stop:
        assert stop.value == "bye", "the StopIteration should carry the return value"
    else:
        raise AssertionError("next() should raise StopIteration once the body has returned")
    assert tracked.state == "GEN_CLOSED"


def test_goes_straight_from_created_to_closed_when_the_body_never_yields():
    def body():
        return 7
        yield

    tracked = Tracked(body())
    assert next(tracked, "finished") == "finished"
    assert tracked.state == "GEN_CLOSED"


def test_decides_by_the_exception_not_by_the_item_a_yielded_none_is_still_suspended():
    def body():
        yield None

    tracked = Tracked(body())
    assert next(tracked) is None
    assert tracked.state == "GEN_SUSPENDED"


def test_stays_closed():
    def body():
        yield from ()

    tracked = Tracked(body())
    assert next(tracked, "finished") == "finished"
    assert next(tracked, "finished") == "finished"
    assert tracked.state == "GEN_CLOSED"


def test_is_closed_after_the_body_raises_and_lets_the_exception_through():
    def body():
        yield 1
        raise KeyError("broken")

    tracked = Tracked(body())
    next(tracked)
    with pytest.raises(KeyError, match="broken"):
        next(tracked)
    assert tracked.state == "GEN_CLOSED"
    assert next(tracked, "finished") == "finished"


def test_resumes_the_iterator_exactly_once_per_next():
    resumed = []

    def body():
        resumed.append(1)
        yield 1
        resumed.append(2)
        yield 2

    tracked = Tracked(body())
    next(tracked)
    assert resumed == [1]
    next(tracked)
    assert resumed == [1, 2]


def test_is_iterable_a_for_loop_sees_suspended_inside_and_closed_after():
    def body():
        yield 1
        yield 2

    tracked = Tracked(body())
    assert iter(tracked) is tracked
    seen = [(n, tracked.state) for n in tracked]
    assert seen == [(1, "GEN_SUSPENDED"), (2, "GEN_SUSPENDED")]
    assert tracked.state == "GEN_CLOSED"


class Countdown:
    """A hand-written iterator (not a generator): 2, 1, then StopIteration.

    It records the state its tracker reports each time it is resumed."""

    def __init__(self):
        self.n = 2
        self.tracked = None
        self.states = []

    def __iter__(self):
        return self

    def __next__(self):
        self.states.append(self.tracked.state)
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


def test_works_for_any_iterator_by_watching_the_calls_not_by_asking_inspect():
    countdown = Countdown()
    tracked = countdown.tracked = Tracked(countdown)
    assert tracked.state == "GEN_CREATED"
    assert list(tracked) == [2, 1]
    assert countdown.states == ["GEN_RUNNING"] * 3
    assert tracked.state == "GEN_CLOSED"


def test_keeps_the_state_of_each_tracked_iterator_separate():
    def body():
        yield 1

    a = Tracked(body())
    b = Tracked(body())
    next(a)
    assert (a.state, b.state) == ("GEN_SUSPENDED", "GEN_CREATED")
    next(b)
    next(a, None)
    assert (a.state, b.state) == ("GEN_CLOSED", "GEN_SUSPENDED")
