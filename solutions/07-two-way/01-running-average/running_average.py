"""A running average, fed one number at a time with send()."""
from collections.abc import Generator


def running_average() -> Generator[float | None, float, None]:
    """Prime with next() (it yields None); then each send(x) yields the mean of every number sent so far.

    It never finishes by itself.
    """
    total = 0.0
    count = 0
    mean = None
    while True:
        # Hand out the current mean; resume with the next number sent in.
        x = yield mean
        total += x
        count += 1
        mean = total / count
