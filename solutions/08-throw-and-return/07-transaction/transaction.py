"""A database transaction managed by a generator, for the with statement."""
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Database(Protocol):
    def begin(self) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """`with transaction(db) as tx:` begins, hands over db, then commits or rolls back.

    Commit when the with body finishes; roll back when it raises anything at all
    (even an exception that is not an Exception, such as asyncio.CancelledError),
    and let that exception go on out unchanged.
    """
    db.begin()
    try:
        yield db  # the with body's exception, if any, is raised here
    except BaseException:
        db.rollback()
        raise  # without it, the with statement would swallow the exception
    else:
        db.commit()
