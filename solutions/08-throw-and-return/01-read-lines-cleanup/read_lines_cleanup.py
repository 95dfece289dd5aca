"""Yield the lines of a file, and close it exactly once however the consumer stops."""
from collections.abc import Callable, Generator
from typing import Protocol


class OpenFile(Protocol):
    lines: list[str]

    def close(self) -> None: ...


def read_lines(open_file: Callable[[], OpenFile]) -> Generator[str, None, None]:
    """Call open_file() on the first next(), yield its lines, and close it exactly once."""
    # Runs on the first next(). If open_file() raises, nothing is open and nothing needs closing.
    file = open_file()
    try:
        yield from file.lines
    finally:
        # Runs once however the generator stops: finished, close(), throw(), or garbage-collected.
        file.close()
