"""The Fibonacci numbers, forever."""
from collections.abc import Iterator


def fibonacci() -> Iterator[int]:
    """Yield 0, 1, 1, 2, 3, 5, 8, ... and never finish."""
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b  # both at once: the new b needs the old a
