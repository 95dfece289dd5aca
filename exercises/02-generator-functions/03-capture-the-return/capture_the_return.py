"""A generator with a return value, and a function that captures it."""
from collections.abc import Generator, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


def non_blank_lines(lines: Iterable[str]) -> Generator[str, None, int]:
    """Yield each line that is not blank; return how many blank lines were skipped."""
    # TODO: yield the non-blank lines, count the blank ones, return the count
    raise NotImplementedError("non_blank_lines is not written yet")
    yield  # makes this function a generator


def drain(iterator: Iterator[T]) -> tuple[list[T], Any]:
    """Pull `iterator` to the end: return (every item, the return value)."""
    # TODO: call next() until StopIteration, and keep the value it carries
    raise NotImplementedError("drain is not written yet")
