# Uses next(iterator, None) and takes a None item for the end of the iterator.
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
        item = next(self._iterator, None)
        if item is None:
            self._state = CLOSED
            raise StopIteration
        self._state = SUSPENDED
        return item
