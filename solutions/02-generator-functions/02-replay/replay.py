"""Replay an iterable several times, reading it only once."""
from collections.abc import Generator, Iterable
from typing import TypeVar

T = TypeVar("T")


def replay(items: Iterable[T], rounds: int) -> Generator[T, None, None]:
    """Yield the items of `items`, `rounds` times over, reading `items` only
    once: each item is passed on as it arrives and remembered for later rounds."""
    if rounds <= 0:
        return
    saved = []
    for item in items:
        saved.append(item)
        yield item
    # Later rounds replay from memory: `items` may be single use.
    for _ in range(rounds - 1):
        for item in saved:
            yield item
