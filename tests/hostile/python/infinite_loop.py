# expect: timeout
# A loop that never ends.


def chain(*iterables):
    while True:
        pass
    yield
