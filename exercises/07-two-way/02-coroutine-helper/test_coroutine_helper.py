import inspect

import pytest

from coroutine_helper import primed


def recorder(log):
    """Records every value it receives; yields how many it has seen."""
    log.append('started')
    count = 0
    while True:
        value = yield count
        log.append(value)
        count += 1


def test_the_very_first_send_reaches_the_generator():
    log = []
    gen = primed(recorder)(log)
    assert gen.send('a') == 1
    assert gen.send('b') == 2
    assert log == ['started', 'a', 'b'], "no value may be lost"


def test_primes_exactly_once_when_the_wrapped_function_is_called():
    log = []
    make = primed(recorder)
    assert log == [], "wrapping alone runs nothing"
    make(log)
    assert log == ['started'], "calling the wrapped function runs the body up to its first yield, once"


def test_passes_positional_and_keyword_arguments_through():
    @primed
    def greeter(greeting, *, times=1):
        name = yield
        while True:
            name = yield f'{greeting}, {name}' * times

    gen = greeter('hi', times=2)
    assert gen.send('Ada') == 'hi, Adahi, Ada'


def test_makes_a_fresh_generator_on_every_call():
    log_a, log_b = [], []
    make = primed(recorder)
    a = make(log_a)
    b = make(log_b)
    assert a is not b, "each call makes its own generator"
    a.send('x')
    assert b.send('y') == 1
    assert log_a == ['started', 'x']
    assert log_b == ['started', 'y']


def test_returns_the_generator_itself_so_close_and_the_return_value_reach_it():
    log = []

    @primed
    def summer():
        total = 0
        try:
            while True:
                n = yield
                if n < 0:
                    return total
                total += n
        finally:
            log.append('finally')

    gen = summer()
    assert inspect.isgenerator(gen)
    assert inspect.getgeneratorstate(gen) == inspect.GEN_SUSPENDED, "paused at its first yield"
    gen.send(5)
    with pytest.raises(StopIteration) as stop:
        gen.send(-1)
    assert stop.value.value == 5, "the return value comes out of the same generator"
    assert log == ['finally']

    other = summer()
    other.close()
    assert log == ['finally', 'finally'], "close() on a primed generator runs its finally"


def test_keeps_the_name_and_docstring():
    make = primed(recorder)
    assert make.__name__ == 'recorder'
    assert make.__doc__ == recorder.__doc__
    assert make.__wrapped__ is recorder, "use functools.wraps"


def test_works_as_a_decorator():
    @primed
    def echo():
        """Echoes what it is sent."""
        received = None
        while True:
            received = yield received

    e = echo()
    assert e.send('ping') == 'ping'
    assert echo.__name__ == 'echo'
