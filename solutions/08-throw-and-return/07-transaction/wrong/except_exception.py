# Rolls back in `except Exception:`, which a CancelledError (a BaseException) passes: the transaction is left open.
from contextlib import contextmanager


@contextmanager
def transaction(db):
    db.begin()
    try:
        yield db
    except Exception:
        db.rollback()
        raise
    else:
        db.commit()
