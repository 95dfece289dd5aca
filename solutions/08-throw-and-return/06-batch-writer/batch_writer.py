"""A writer that collects items sent to it and writes them in batches."""
from collections.abc import Callable, Generator
from typing import TypeVar

T = TypeVar("T")


def batch_writer(write: Callable[[list[T]], object], size: int) -> Generator[None, T, None]:
    """Receive items with send(item); call write(batch) with every `size` items, in order.

    Prime it with next() first. close() writes the items still pending, if any.
    An exception thrown in discards the pending items and goes on out.
    """
    batch = []
    try:
        while True:
            batch.append((yield))
            if len(batch) == size:
                write(batch)
                batch = []  # a new list: the one just written is the caller's now
    except GeneratorExit:
        # Only close() (or the garbage collector) gets here: the input is complete.
        if batch:
            write(batch)
        raise
