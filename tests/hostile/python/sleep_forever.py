# expect: timeout
# Sleeps longer than anyone waits.
import time


def chain(*iterables):
    time.sleep(1e9)
    yield
