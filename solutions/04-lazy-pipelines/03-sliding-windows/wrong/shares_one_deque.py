# Keeps the window in a module-level deque, so two generators read in turns mix their items.
from collections import deque

_window = deque()


def sliding_windows(iterable, n):
    _window.clear()
    for item in iterable:
        _window.append(item)
        if len(_window) > n:
            _window.popleft()
        if len(_window) == n:
            yield tuple(_window)
