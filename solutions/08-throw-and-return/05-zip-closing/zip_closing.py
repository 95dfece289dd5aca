"""zip() for two sources that closes what it leaves unfinished."""
from collections.abc import Generator, Iterable
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")

_done = object()


def _close(iterator) -> None:
    close = getattr(iterator, "close", None)  # generators have close(); a list's iterator does not
    if close is not None:
        close()


def zip_closing(left: Iterable[A], right: Iterable[B]) -> Generator[tuple[A, B], None, None]:
    """Yield (a, b) pairs until either source runs out.

    Close (call close() on, where there is one) every source iterator that has
    not run out by itself, however this generator ends.
    """
    a = iter(left)
    b = iter(right)
    a_done = b_done = False
    try:
        while True:
            x = next(a, _done)
            if x is _done:
                a_done = True
                return  # without pulling b for nothing
            y = next(b, _done)
            if y is _done:
                b_done = True
                return
            yield x, y
    finally:
        # Runs when a source runs out, on close() (or garbage collection), and on throw().
        if not a_done:
            _close(a)
        if not b_done:
            _close(b)
