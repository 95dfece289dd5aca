"""A generator with a return value, and a function that captures it."""
from collections.abc import Generator, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


def non_blank_lines(lines: Iterable[str]) -> Generator[str, None, int]:
    """Yield each line that is not blank; return how many blank lines were skipped."""
    skipped = 0
    for line in lines:
        if line.strip():
            yield line
        else:
            skipped += 1
    return skipped


def drain(iterator: Iterator[T]) -> tuple[list[T], Any]:
    """Pull `iterator` to the end: return (every item, the return value)."""
    items = []
    while True:
        try:
            item = next(iterator)
        except StopIteration as stop:
            # A for loop would swallow this exception, and its value with it.
            return items, stop.value
        items.append(item)
