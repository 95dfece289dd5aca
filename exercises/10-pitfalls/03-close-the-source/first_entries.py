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
    # TODO: this never closes `lines` when it stops early or parse_entry raises. Fix it.
    iterator = iter(lines)
    entries: list[Entry] = []
    while len(entries) < count:
        line = next(iterator, None)
        if line is None:
            break
        entries.append(parse_entry(line))
    return entries
