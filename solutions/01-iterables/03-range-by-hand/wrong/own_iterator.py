# Range is its own iterator, so it is not reusable: a second loop finds it exhausted.
class Range:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("Range() step must not be zero")
        self._current, self._stop, self._step = start, stop, step

    def __iter__(self):
        return self

    def __next__(self):
        if (self._step > 0 and self._current >= self._stop) or (self._step < 0 and self._current <= self._stop):
            raise StopIteration
        value = self._current
        self._current += self._step
        return value
