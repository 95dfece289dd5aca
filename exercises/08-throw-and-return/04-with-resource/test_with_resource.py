import gc

import pytest

from with_resource import with_resource


class Tracker:
    """acquire() and release() that log what they do, in order."""

    def __init__(self):
        self.log = []
        self.next_id = 1

    def acquire(self):
        conn = self.next_id
        self.next_id += 1
        self.log.append(f'acquire {conn}')
        return conn

    def release(self, conn):
        self.log.append(f'release {conn}')

    def count(self, what):
        return sum(entry.startswith(what) for entry in self.log)


def rows(log):
    """A use() that yields two rows, then returns how many it yielded; logs its own cleanup."""
    def use(conn):
        try:
            yield f'row 1 from {conn}'
            yield f'row 2 from {conn}'
            return 2
        finally:
            log.append('use finally')
    return use


def test_passes_the_values_through_and_returns_what_use_returns():
    t = Tracker()
    gen = with_resource(t.acquire, rows(t.log), t.release)
    assert next(gen) == 'row 1 from 1'
    assert next(gen) == 'row 2 from 1'
    with pytest.raises(StopIteration) as stop:
        next(gen)
    assert stop.value.value == 2, "the return value of use() is the return value of the whole"
    assert t.log == ['acquire 1', 'use finally', 'release 1']


def test_acquires_on_the_first_next_not_when_created():
    t = Tracker()
    gen = with_resource(t.acquire, rows(t.log), t.release)
    assert t.log == []
    next(gen)
    assert t.log == ['acquire 1']


def test_passes_every_send_through_to_use():
    t = Tracker()
    received = []

    def echo(conn):
        text = yield f'ready {conn}'
        while text != 'bye':
            received.append(text)
            text = yield text.upper()
        return 'closed by client'

    gen = with_resource(t.acquire, echo, t.release)
    assert next(gen) == 'ready 1'
    assert gen.send('hello') == 'HELLO'
    assert gen.send('again') == 'AGAIN'
    assert received == ['hello', 'again'], "sent values must reach use()"
    with pytest.raises(StopIteration) as stop:
        gen.send('bye')
    assert stop.value.value == 'closed by client'
    assert t.count('release') == 1


def test_delivers_throw_inside_use_which_may_catch_it_and_carry_on():
    t = Tracker()

    def resilient(conn):
        try:
            yield 'working'
        except KeyError as error:
            yield f'recovered from {error.args[0]}'

    gen = with_resource(t.acquire, resilient, t.release)
    next(gen)
    assert gen.throw(KeyError('hiccup')) == 'recovered from hiccup'
    assert t.count('release') == 0, "still in use"
    assert next(gen, 'finished') == 'finished'
    assert t.count('release') == 1


def test_lets_an_uncaught_exception_out_and_releases_once_after_use_cleaned_up():
    t = Tracker()
    gen = with_resource(t.acquire, rows(t.log), t.release)
    next(gen)
    with pytest.raises(ValueError, match='boom'):
        gen.throw(ValueError('boom'))
    assert t.log == ['acquire 1', 'use finally', 'release 1']
    assert next(gen, 'finished') == 'finished'
    assert t.count('release') == 1


def test_forwards_close_to_use_and_releases_once_after_it():
    t = Tracker()
    gen = with_resource(t.acquire, rows(t.log), t.release)
    next(gen)
    gen.close()
    gen.close()
    assert t.log == ['acquire 1', 'use finally', 'release 1']


def test_a_dropped_generator_is_released_when_collected():
    t = Tracker()
    gen = with_resource(t.acquire, rows(t.log), t.release)
    next(gen)
    del gen  # CPython (and Pyodide) close a paused generator when it is garbage-collected
    gc.collect()
    assert t.log == ['acquire 1', 'use finally', 'release 1']


def test_acquires_and_releases_nothing_if_closed_before_it_starts():
    t = Tracker()
    gen = with_resource(t.acquire, rows(t.log), t.release)
    gen.close()
    assert next(gen, 'finished') == 'finished'
    assert t.log == []


def test_releases_nothing_when_acquire_fails():
    t = Tracker()

    def failing_acquire():
        raise ConnectionError('no connection')

    gen = with_resource(failing_acquire, rows(t.log), t.release)
    with pytest.raises(ConnectionError, match='no connection'):
        next(gen)
    assert t.log == []


def test_releases_once_when_use_itself_fails():
    t = Tracker()

    def failing(conn):
        raise LookupError(f'bad query on {conn}')

    gen = with_resource(t.acquire, failing, t.release)
    with pytest.raises(LookupError, match='bad query on 1'):
        next(gen)
    assert t.log == ['acquire 1', 'release 1']


def test_gives_each_generator_its_own_resource():
    t = Tracker()
    a = with_resource(t.acquire, rows(t.log), t.release)
    b = with_resource(t.acquire, rows(t.log), t.release)
    assert next(b) == 'row 1 from 1'
    assert next(a) == 'row 1 from 2'
    assert list(a) + list(b) == ['row 2 from 2', 'row 2 from 1']
    assert t.count('release') == 2
