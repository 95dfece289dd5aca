# Pulls from `second` before `first`, so when `first` has ended an item of `second` is taken and lost.
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
        try:
            b = next(self._second)
            a = next(self._first)
        except StopIteration:
            self._finished = True
            raise
        return a, b
