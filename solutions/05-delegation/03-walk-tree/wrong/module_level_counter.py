# Counts in a module-level variable instead of adding up what yield from returns, so a second walk keeps counting.
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tree:
    value: Any
    children: list["Tree"] = field(default_factory=list)


_visited = 0


def walk(tree):
    global _visited
    _visited += 1
    yield tree.value
    for child in tree.children:
        yield from walk(child)
    return _visited
