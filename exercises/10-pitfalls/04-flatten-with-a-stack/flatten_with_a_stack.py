"""Flatten lists nested to any depth, with one generator and a stack of its own."""
from collections.abc import Iterator
from typing import Any


def flatten(tree: list[Any]) -> Iterator[Any]:
    """Yield the non-list values of `tree`, depth first, in order. Only lists are nested:
    anything else (a string, a tuple, None) is a value."""
    # TODO: every value climbs through one generator per level, and deep data raises
    # RecursionError. Rewrite this as one generator with its own stack (no yield from).
    for item in tree:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
