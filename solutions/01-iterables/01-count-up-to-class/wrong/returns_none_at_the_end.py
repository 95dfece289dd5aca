# Returns None at the end instead of raising StopIteration, so a loop over it never ends.
class CountUpTo:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return CountUpToIterator(self.limit)


class CountUpToIterator:
    def __init__(self, limit):
        self._limit = limit
        self._current = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._current >= self._limit:
            return None
        self._current += 1
        return self._current
