"""Yield the lines of a file, and close it exactly once however the consumer stops."""
from collections.abc import Callable, Generator
from typing import Protocol


class OpenFile(Protocol):
    lines: list[str]

    def close(self) -> None: ...


def read_lines(open_file: Callable[[], OpenFile]) -> Generator[str, None, None]:
    """Call open_file() on the first next(), yield its lines, and close it exactly once."""
    # TODO: open on the first next(), yield the lines, and close the file exactly once, however the consumer stops
    raise NotImplementedError("read_lines() is not written yet")
