# Calls next() twice per turn of `while True` and lets StopIteration escape at the end: since Python 3.7 that is a RuntimeError.
def pair_up(items):
    it = iter(items)
    while True:
        yield next(it), next(it)
