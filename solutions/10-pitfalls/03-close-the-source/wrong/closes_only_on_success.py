# Closes the log after the loop, not in a finally: a line that fails to parse skips the close.
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
    if count > 0:
        for line in iterator:
            entries.append(parse_entry(line))
            if len(entries) >= count:
                break
    if hasattr(iterator, "close"):
        iterator.close()
    return entries
