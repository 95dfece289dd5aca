from collections.abc import Iterator
from typing import Any


def flatten(value: Any) -> Iterator[Any]:
    """Yield the leaves of nested lists and tuples, depth first, left to right.

    Anything that is not a list or a tuple (a number, a string, a dict, a set...) is a leaf.
    """
    # TODO: a leaf yields itself; a list or tuple hands each item to flatten.
    raise NotImplementedError
