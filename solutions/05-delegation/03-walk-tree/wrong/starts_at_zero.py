# Starts the count at 0, so the node itself is never counted.
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tree:
    value: Any
    children: list["Tree"] = field(default_factory=list)


def walk(tree):
    yield tree.value
    visited = 0
    for child in tree.children:
        visited += yield from walk(child)
    return visited
