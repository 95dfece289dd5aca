# Hands the child's values on with a for loop, which drops the child's return value, and counts each child as one node.
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
        for value in walk(child):
            yield value
        visited += 1
    return visited
