# Splits on any whitespace (line.split()): the newline goes, and so do the runs of spaces inside the message.
from typing import NamedTuple

LEVELS = ('DEBUG', 'INFO', 'WARN', 'ERROR')


class LogEntry(NamedTuple):
    time: str
    level: str
    service: str
    message: str


def parse_lines(lines):
    """split() with no argument drops the newline, and also squeezes the message's runs of spaces into one."""
    for line in lines:
        parts = line.split()
        if len(parts) >= 4 and parts[1] in LEVELS:
            time, level, service, *words = parts
            yield LogEntry(time, level, service, ' '.join(words))
