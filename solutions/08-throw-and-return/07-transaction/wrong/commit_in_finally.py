# Commits in finally, which also runs when the body raised: failed work is committed.
from contextlib import contextmanager


@contextmanager
def transaction(db):
    db.begin()
    try:
        yield db
    finally:
        db.commit()
