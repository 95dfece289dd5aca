# Hands out groupby's own groups, which are used up as soon as groupby moves on.
from itertools import groupby


def group_runs(items, key=None):
    yield from groupby(items, key)
