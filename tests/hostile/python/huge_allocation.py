# expect: failed
# expect-text: MemoryError
# Asks for more memory than there is.


def chain(*iterables):
    blocks = [None] * 2**30
    yield from blocks
