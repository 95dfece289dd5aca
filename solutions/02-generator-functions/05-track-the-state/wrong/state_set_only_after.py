# Updates the state only after next() returns or raises, so it never says GEN_RUNNING while the body runs.
CREATED = "GEN_CREATED"
RUNNING = "GEN_RUNNING"
SUSPENDED = "GEN_SUSPENDED"
CLOSED = "GEN_CLOSED"


class Tracked:
    def __init__(self, iterator):
        self._iterator = iterator
        self._state = CREATED

    @property
    def state(self):
        return self._state

    def __iter__(self):
        return self

    def __next__(self):
        try:
            item = next(self._iterator)
        except BaseException:
            self._state = CLOSED
            raise
        self._state = SUSPENDED
        return item
