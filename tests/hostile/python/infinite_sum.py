# expect: timeout
# Sums an endless iterator: a loop inside C that uses no memory and never looks at the interrupt.
import itertools


def chain(*iterables):
    yield sum(itertools.count())
