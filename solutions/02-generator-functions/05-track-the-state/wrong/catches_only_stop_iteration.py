# Catches only StopIteration, so after any other exception from the body the state stays GEN_RUNNING.
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
        self._state = RUNNING
        try:
            item = next(self._iterator)
        except StopIteration:
            self._state = CLOSED
            raise
        self._state = SUSPENDED
        return item
