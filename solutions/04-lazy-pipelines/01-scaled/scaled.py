from collections.abc import Iterable, Iterator


def scaled(values: Iterable[float], factor: float) -> Iterator[float]:
    """Return an iterator over value * factor for each value, computed lazily.

    Like map() and a generator expression, it calls iter(values) at the call,
    so a values that is not iterable raises TypeError straight away.
    """
    # A generator expression calls iter(values) now and the rest on demand.
    return (value * factor for value in values)
