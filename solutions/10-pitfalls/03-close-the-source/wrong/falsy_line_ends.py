# Uses next(iterator, "") and stops at a falsy line: an empty line in the log looks like the end of the file.
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
        while len(entries) < count:
            line = next(iterator, "")
            if not line:
                break
            entries.append(parse_entry(line))
    finally:
        if hasattr(iterator, "close"):
            iterator.close()
    return entries
