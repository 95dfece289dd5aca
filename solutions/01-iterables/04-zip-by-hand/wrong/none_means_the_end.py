# Uses None as the end marker, so a None item stops the zip.
class Zip:
    def __init__(self, first, second):
        self._first = iter(first)
        self._second = iter(second)
        self._finished = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._finished:
            raise StopIteration
        a = next(self._first, None)
        b = None if a is None else next(self._second, None)
        if a is None or b is None:
            self._finished = True
            raise StopIteration
        return a, b
