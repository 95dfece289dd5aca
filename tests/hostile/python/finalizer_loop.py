# expect: failed
# A generator whose cleanup never ends, left for the garbage collector after the tests.
import gc

kept = []


class Cycle:
    def __init__(self):
        self.me = self

    def __del__(self):
        while True:
            pass


def chain(*iterables):
    Cycle()
    gc.disable()
    yield from ()
