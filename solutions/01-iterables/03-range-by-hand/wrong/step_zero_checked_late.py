# Checks for step 0 only when a loop starts, not when Range() is called.
class Range:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        if self.step == 0:
            raise ValueError("Range() step must not be zero")
        return RangeIterator(self.start, self.stop, self.step)


class RangeIterator:
    def __init__(self, start, stop, step):
        self._current, self._stop, self._step = start, stop, step

    def __iter__(self):
        return self

    def __next__(self):
        if (self._step > 0 and self._current >= self._stop) or (self._step < 0 and self._current <= self._stop):
            raise StopIteration
        value = self._current
        self._current += self._step
        return value
