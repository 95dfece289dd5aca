# Yields the deque itself, which keeps changing: windows the consumer kept turn into later ones.
from collections import deque


def sliding_windows(iterable, n):
    window = deque(maxlen=n)
    for item in iterable:
        window.append(item)
        if len(window) == n:
            yield window
