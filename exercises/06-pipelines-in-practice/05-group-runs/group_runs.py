from collections.abc import Callable, Iterable, Iterator
from typing import Any


def group_runs(items: Iterable[Any], key: Callable[[Any], Any] | None = None) -> Iterator[tuple[Any, list[Any]]]:
    """Yield (k, group) for every run of consecutive items with equal keys.

    Like itertools.groupby, but each group is a list that stays full after
    group_runs has moved on. key=None means each item is its own key.
    """
    # TODO: use itertools.groupby, and hand out each group as a list.
    raise NotImplementedError
