"""The two-argument next(), written with the one-argument one."""
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
D = TypeVar("D")


def next_or(iterator: Iterator[T], default: D) -> T | D:
    """Like next(iterator, default): advance `iterator` by one step and return
    the item it produced, or `default` if it is exhausted."""
    try:
        return next(iterator)
    except StopIteration:
        # Only the end becomes the default: any other error is the caller's.
        return default
