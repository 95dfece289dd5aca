from collections.abc import Callable, Iterable, Iterator
from itertools import groupby
from typing import Any


def group_runs(items: Iterable[Any], key: Callable[[Any], Any] | None = None) -> Iterator[tuple[Any, list[Any]]]:
    """Yield (k, group) for every run of consecutive items with equal keys.

    Like itertools.groupby, but each group is a list that stays full after
    group_runs has moved on. key=None means each item is its own key.
    """
    for k, group in groupby(items, key):
        # The group is read from groupby's own iterator: copy it while it is current.
        yield k, list(group)
