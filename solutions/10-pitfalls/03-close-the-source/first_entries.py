"""Parse the first entries of a log, closing the log however it goes."""
from collections.abc import Iterable
from typing import NamedTuple


class Entry(NamedTuple):
    level: str
    message: str


def parse_entry(line: str) -> Entry:
    """Parse "LEVEL message". Raises ValueError for a line without a space."""
    level, space, message = line.partition(" ")
    if not space:
        raise ValueError(f"not a log line: {line!r}")
    return Entry(level, message)


def first_entries(lines: Iterable[str], count: int) -> list[Entry]:
    """The first `count` entries of `lines`. Reads no more lines than it needs, and closes `lines`
    (when it has a close() method, as a generator does) on every way out, a parse error included."""
    iterator = iter(lines)
    entries: list[Entry] = []
    try:
        if count > 0:
            for line in iterator:
                entries.append(parse_entry(line))
                if len(entries) >= count:
                    break  # stop before reading another line
    finally:
        # Python's for loop does not close what it reads; a list iterator has nothing to close.
        close = getattr(iterator, "close", None)
        if close is not None:
            close()
    return entries
