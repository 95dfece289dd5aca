# Takes the lines with itertools.islice: it reads exactly count lines, but never closes the generator it slices.
from itertools import islice
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
    return [parse_entry(line) for line in islice(lines, max(count, 0))]
