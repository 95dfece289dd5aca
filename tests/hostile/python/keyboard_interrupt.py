# expect: failed
# expect-text: KeyboardInterrupt
# Raises KeyboardInterrupt itself, hoping to look like a time limit rather than a failure.


def chain(*iterables):
    raise KeyboardInterrupt
    yield
