# first_errors builds the list of every error and then slices it: it reads the whole log.
from contextlib import closing
from dataclasses import dataclass, field

from batch import batches
from parse import LEVELS, parse_lines


@dataclass
class Summary:
    entries: int = 0
    by_level: dict = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    errors_by_service: dict = field(default_factory=dict)


def running_summaries(log, batch_size):
    summary = Summary()
    with closing(log):
        for batch in batches(parse_lines(log), batch_size):
            summary = Summary(summary.entries, dict(summary.by_level), dict(summary.errors_by_service))
            for entry in batch:
                summary.entries += 1
                summary.by_level[entry.level] += 1
                if entry.level == 'ERROR':
                    summary.errors_by_service[entry.service] = summary.errors_by_service.get(entry.service, 0) + 1
            yield summary


def first_errors(log, count):
    """A list comprehension of every error, then the first `count`: it reads the whole log."""
    with closing(log):
        return [entry for entry in parse_lines(log) if entry.level == 'ERROR'][:count]
