# A class with __enter__ and __exit__ that works, but the task asks for a generator with @contextmanager.
class transaction:
    def __init__(self, db):
        self.db = db

    def __enter__(self):
        self.db.begin()
        return self.db

    def __exit__(self, kind, error, traceback):
        if kind is None:
            self.db.commit()
        else:
            self.db.rollback()
        return False
