# expect: timeout
# Collects an endless iterator into a list (a loop inside C: the interrupt cannot stop it; memory runs out or the worker is replaced).
import itertools


def chain(*iterables):
    yield from list(itertools.count())
