# Updates one Summary in place and yields it each time: a summary kept changes under its holder.
from contextlib import closing
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
    """Updates one Summary in place and yields it again and again: a summary kept changes later."""
    summary = Summary()
    with closing(log):
        for batch in batches(parse_lines(log), batch_size):
            for entry in batch:
                summary.entries += 1
                summary.by_level[entry.level] += 1
                if entry.level == 'ERROR':
                    summary.errors_by_service[entry.service] = summary.errors_by_service.get(entry.service, 0) + 1
            yield summary


def first_errors(log, count):
    with closing(log):
        errors = (entry for entry in parse_lines(log) if entry.level == 'ERROR')
        return list(islice(errors, count))
