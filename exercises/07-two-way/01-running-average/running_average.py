"""A running average, fed one number at a time with send()."""
from collections.abc import Generator


def running_average() -> Generator[float | None, float, None]:
    """Prime with next() (it yields None); then each send(x) yields the mean of every number sent so far.

    It never finishes by itself.
    """
    # TODO: keep a total and a count, receive each number from `yield`, and yield the mean
    raise NotImplementedError("running_average() is not written yet")
