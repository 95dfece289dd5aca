# Counts, but never returns the count, so the walk ends with StopIteration.value None.
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tree:
    value: Any
    children: list["Tree"] = field(default_factory=list)


def walk(tree):
    yield tree.value
    visited = 1
    for child in tree.children:
        visited += yield from walk(child)
