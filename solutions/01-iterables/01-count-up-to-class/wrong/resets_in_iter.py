# Resets the count in __iter__ and returns self: two loops one after the other work, two interleaved loops share one count.
class CountUpTo:
    def __init__(self, limit):
        self.limit = limit
        self._current = 0

    def __iter__(self):
        self._current = 0
        return self

    def __next__(self):
        if self._current >= self.limit:
            raise StopIteration
        self._current += 1
        return self._current
