# Does not remember that it is exhausted, so every later next() pulls from the sources again.
class Zip:
    def __init__(self, first, second):
        self._first = iter(first)
        self._second = iter(second)

    def __iter__(self):
        return self

    def __next__(self):
        a = next(self._first)
        b = next(self._second)
        return a, b
