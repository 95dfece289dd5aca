import asyncio
import inspect

import pytest

from transaction import transaction


class FakeDb:
    """Logs every call, in order, into `log` (which several databases may share)."""

    def __init__(self, name='db', log=None):
        self.name = name
        self.log = [] if log is None else log

    def begin(self):
        self.log.append(f'{self.name} begin')

    def commit(self):
        self.log.append(f'{self.name} commit')

    def rollback(self):
        self.log.append(f'{self.name} rollback')


def test_is_a_generator_function_made_into_a_context_manager():
    assert inspect.isgeneratorfunction(getattr(transaction, '__wrapped__', None)), \
        "write transaction as a generator and decorate it with @contextmanager"


def test_begins_when_the_with_statement_enters_and_hands_over_the_database():
    db = FakeDb()
    manager = transaction(db)
    assert db.log == [], "calling transaction() must not begin yet"
    with manager as tx:
        assert tx is db
        assert db.log == ['db begin']


def test_commits_when_the_body_finishes():
    db = FakeDb()
    with transaction(db):
        db.log.append('insert')
    assert db.log == ['db begin', 'insert', 'db commit']


def test_rolls_back_when_the_body_raises_and_lets_the_same_exception_out():
    db = FakeDb()
    failure = ValueError('constraint failed')
    with pytest.raises(ValueError) as info:
        with transaction(db):
            db.log.append('insert')
            raise failure
    assert info.value is failure, "the body's exception must come out unchanged"
    assert db.log == ['db begin', 'insert', 'db rollback']


def test_rolls_back_on_an_exception_that_is_not_an_exception():
    db = FakeDb()
    with pytest.raises(asyncio.CancelledError):
        with transaction(db):
            raise asyncio.CancelledError()
    assert db.log == ['db begin', 'db rollback'], "CancelledError derives from BaseException, not Exception"


def test_a_return_inside_the_body_counts_as_finishing():
    db = FakeDb()

    def save():
        with transaction(db):
            db.log.append('insert')
            return 'saved'

    assert save() == 'saved'
    assert db.log == ['db begin', 'insert', 'db commit'], "a return from the body is a normal finish"


def test_nested_transactions_roll_back_inner_first():
    log = []
    a = FakeDb('a', log)
    b = FakeDb('b', log)
    with pytest.raises(KeyError):
        with transaction(a):
            with transaction(b):
                raise KeyError('missing')
    assert log == ['a begin', 'b begin', 'b rollback', 'a rollback']


def test_each_call_is_a_transaction_of_its_own():
    db = FakeDb()
    with transaction(db):
        pass
    with pytest.raises(RuntimeError):
        with transaction(db):
            raise RuntimeError('second failed')
    with transaction(db):
        pass
    assert db.log == ['db begin', 'db commit', 'db begin', 'db rollback', 'db begin', 'db commit']
