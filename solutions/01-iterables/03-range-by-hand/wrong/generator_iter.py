# Writes __iter__ as a generator, which the task rules out: the point is to write __next__ by hand.
class Range:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("Range() step must not be zero")
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        n = self.start
        while (self.step > 0 and n < self.stop) or (self.step < 0 and n > self.stop):
            yield n
            n += self.step
