# Stores the state on the class (Tracked._state), so every tracked iterator reports the state of the last one resumed.
CREATED = "GEN_CREATED"
RUNNING = "GEN_RUNNING"
SUSPENDED = "GEN_SUSPENDED"
CLOSED = "GEN_CLOSED"


class Tracked:
    _state = CREATED

    def __init__(self, iterator):
        self._iterator = iterator
        Tracked._state = CREATED

    @property
    def state(self):
        return Tracked._state

    def __iter__(self):
        return self

    def __next__(self):
        Tracked._state = RUNNING
        try:
            item = next(self._iterator)
        except BaseException:
            Tracked._state = CLOSED
            raise
        Tracked._state = SUSPENDED
        return item
