from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tree:
    value: Any
    children: list["Tree"] = field(default_factory=list)


def walk(tree: Tree) -> Generator[Any, None, int]:
    """Yield every value in tree, each node before its children (pre-order),
    and return the number of nodes visited."""
    yield tree.value
    visited = 1
    for child in tree.children:
        # yield from hands on the child's values and evaluates to what its walk returns.
        visited += yield from walk(child)
    return visited
