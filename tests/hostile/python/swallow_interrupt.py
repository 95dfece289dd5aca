# expect: timeout
# Catches the time limit's KeyboardInterrupt (and anything else) and carries on.


def chain(*iterables):
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
    yield
