"""A writer that collects items sent to it and writes them in batches."""
from collections.abc import Callable, Generator
from typing import TypeVar

T = TypeVar("T")


def batch_writer(write: Callable[[list[T]], object], size: int) -> Generator[None, T, None]:
    """Receive items with send(item); call write(batch) with every `size` items, in order.

    Prime it with next() first. close() writes the items still pending, if any.
    An exception thrown in discards the pending items and goes on out.
    """
    # TODO: collect sent items, write each full batch, and write the rest on close() only
    raise NotImplementedError("batch_writer() is not written yet")
