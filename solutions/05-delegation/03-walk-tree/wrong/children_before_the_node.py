# Yields the node after its children: a post-order walk instead of pre-order.
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tree:
    value: Any
    children: list["Tree"] = field(default_factory=list)


def walk(tree):
    visited = 1
    for child in tree.children:
        visited += yield from walk(child)
    yield tree.value
    return visited
