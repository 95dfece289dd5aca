# Yields after every item, so the first windows are shorter than n.
from collections import deque


def sliding_windows(iterable, n):
    window = deque(maxlen=n)
    for item in iterable:
        window.append(item)
        yield tuple(window)
