# Collects every item into a dict of lists: eager, and equal keys far apart end up in one group.
from collections import defaultdict


def group_runs(items, key=None):
    groups = defaultdict(list)
    for item in items:
        groups[item if key is None else key(item)].append(item)
    yield from groups.items()
