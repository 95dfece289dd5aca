# Checks the count at the top of the for loop, after the next line has already been read: one line too many.
from typing import NamedTuple


class Entry(NamedTuple):
    level: str
    message: str


def parse_entry(line):
    level, space, message = line.partition(" ")
    if not space:
        raise ValueError(f"not a log line: {line!r}")
    return Entry(level, message)


def first_entries(lines, count):
    iterator = iter(lines)
    entries = []
    try:
        for line in iterator:
            if len(entries) >= count:
                break
            entries.append(parse_entry(line))
    finally:
        if hasattr(iterator, "close"):
            iterator.close()
    return entries
