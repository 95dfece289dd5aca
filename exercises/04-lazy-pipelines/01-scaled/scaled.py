from collections.abc import Iterable, Iterator


def scaled(values: Iterable[float], factor: float) -> Iterator[float]:
    """Return an iterator over value * factor for each value, computed lazily.

    Like map() and a generator expression, it calls iter(values) at the call,
    so a values that is not iterable raises TypeError straight away.
    """
    # TODO: call iter(values) now; compute nothing until next() is called.
    raise NotImplementedError
