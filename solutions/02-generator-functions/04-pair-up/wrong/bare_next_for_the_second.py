# Lets the StopIteration of the second next() escape on an odd count: a RuntimeError instead of the ValueError asked for.
def pair_up(items):
    it = iter(items)
    for first in it:
        yield first, next(it)
