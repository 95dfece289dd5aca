# Hands the work to the built-in range, which accepts neither floats nor infinity.
class Range:
    def __init__(self, start, stop, step=1):
        self._range = range(start, stop, step)

    def __iter__(self):
        return iter(self._range)
