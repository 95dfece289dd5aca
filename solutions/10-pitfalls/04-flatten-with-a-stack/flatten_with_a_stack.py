"""Flatten lists nested to any depth, with one generator and a stack of its own."""
from collections.abc import Iterator
from typing import Any

_DONE = object()  # marks an exhausted iterator (None is a value like any other)


def flatten(tree: list[Any]) -> Iterator[Any]:
    """Yield the non-list values of `tree`, depth first, in order. Only lists are nested:
    anything else (a string, a tuple, None) is a value."""
    # One iterator per list we are inside: what a paused recursive call would remember.
    stack = [iter(tree)]
    while stack:
        item = next(stack[-1], _DONE)
        if item is _DONE:
            stack.pop()
        elif isinstance(item, list):
            stack.append(iter(item))
        else:
            yield item
