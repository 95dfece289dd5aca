# Rolls back but does not re-raise, so the with statement swallows the exception and the failure goes unnoticed.
from contextlib import contextmanager


@contextmanager
def transaction(db):
    db.begin()
    try:
        yield db
    except BaseException:
        db.rollback()
    else:
        db.commit()
