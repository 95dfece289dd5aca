# expect: failed
# expect-text: RecursionError
# Recursion without a base case.


def chain(*iterables):
    yield from chain()
