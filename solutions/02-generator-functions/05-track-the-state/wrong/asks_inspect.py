# Asks inspect.getgeneratorstate() instead of watching the calls, which works for generators only.
import inspect


class Tracked:
    def __init__(self, iterator):
        self._iterator = iterator

    @property
    def state(self):
        return inspect.getgeneratorstate(self._iterator)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._iterator)
