# Trusts the for loop to close the log when it stops, as JavaScript's for…of would: a Python for loop does not, and nothing else does.
from dataclasses import dataclass, field
from itertools import islice

from batch import batches
from parse import LEVELS, parse_lines


@dataclass
class Summary:
    entries: int = 0
    by_level: dict = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    errors_by_service: dict = field(default_factory=dict)


def running_summaries(log, batch_size):
    """Trusts that stopping the loop is enough, as a `for…of` would be in JavaScript: nothing closes the log."""
    summary = Summary()
    for batch in batches(parse_lines(log), batch_size):
        summary = Summary(summary.entries, dict(summary.by_level), dict(summary.errors_by_service))
        for entry in batch:
            summary.entries += 1
            summary.by_level[entry.level] += 1
            if entry.level == 'ERROR':
                summary.errors_by_service[entry.service] = summary.errors_by_service.get(entry.service, 0) + 1
        yield summary


def first_errors(log, count):
    errors = (entry for entry in parse_lines(log) if entry.level == 'ERROR')
    return list(islice(errors, count))
