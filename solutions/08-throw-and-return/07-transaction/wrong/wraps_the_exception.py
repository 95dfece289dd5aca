# Rolls back and raises a new exception of its own, so the caller no longer gets the body's exception.
from contextlib import contextmanager


@contextmanager
def transaction(db):
    db.begin()
    try:
        yield db
    except BaseException as error:
        db.rollback()
        raise RuntimeError('transaction failed') from error
    else:
        db.commit()
