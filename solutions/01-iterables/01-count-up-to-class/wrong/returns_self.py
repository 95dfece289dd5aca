# CountUpTo is its own iterator with the count on the instance, so a second loop finds it exhausted.
class CountUpTo:
    def __init__(self, limit):
        self.limit = limit
        self._current = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._current >= self.limit:
            raise StopIteration
        self._current += 1
        return self._current
