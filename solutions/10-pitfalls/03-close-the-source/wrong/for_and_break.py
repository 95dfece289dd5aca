# Switches to a for loop with break, as in JavaScript: but Python's for does not close what it reads, so the log stays open.
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
    entries = []
    if count <= 0:
        return entries
    for line in lines:
        entries.append(parse_entry(line))
        if len(entries) >= count:
            break
    return entries
