# Reads both sources into lists first: eager, so nothing is lazy and an endless source never finishes.
class Zip:
    def __init__(self, first, second):
        self._first = list(first)
        self._second = list(second)
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._index >= min(len(self._first), len(self._second)):
            raise StopIteration
        pair = self._first[self._index], self._second[self._index]
        self._index += 1
        return pair
