# Has no try around the yield: the body's exception comes out of the yield and skips both commit and rollback.
from contextlib import contextmanager


@contextmanager
def transaction(db):
    db.begin()
    yield db
    db.commit()
