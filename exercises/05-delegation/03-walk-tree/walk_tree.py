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
    # TODO: yield this node's value, walk each child with yield from,
    # and add up what the walks of the children return.
    raise NotImplementedError
