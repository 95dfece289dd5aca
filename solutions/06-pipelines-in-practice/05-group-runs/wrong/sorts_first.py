# Sorts by key before grouping: reads everything first, and merges runs that were apart.
from itertools import groupby


def group_runs(items, key=None):
    for k, group in groupby(sorted(items, key=key), key):
        yield k, list(group)
