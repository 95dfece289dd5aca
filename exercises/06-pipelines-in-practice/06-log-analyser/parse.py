from typing import NamedTuple

#: A log line's severity, least severe first.
LEVELS = ('DEBUG', 'INFO', 'WARN', 'ERROR')


class LogEntry(NamedTuple):
    """One parsed line: `2026-03-01T12:00:00Z ERROR payments card declined`."""

    time: str
    level: str
    service: str
    message: str


def parse_lines(lines):
    """Milestone 1. Yields a LogEntry for each well-formed line of `lines` (time,
    level, service, then the message, separated by single spaces; the newline a
    file's line ends with is not part of it), skipping blank and malformed
    lines, reading no line before it is needed."""
    raise NotImplementedError
