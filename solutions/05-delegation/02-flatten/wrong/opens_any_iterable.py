# Opens anything iterable, strings included: a one-character string contains itself, so the recursion never ends.
from collections.abc import Iterable


def flatten(value):
    if isinstance(value, Iterable):
        for item in value:
            yield from flatten(item)
    else:
        yield value
