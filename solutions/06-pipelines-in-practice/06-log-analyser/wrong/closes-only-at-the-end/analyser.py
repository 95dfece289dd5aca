# Calls log.close() after the loop, not in a with block: never reached when the consumer closes the generator early or reading raises.
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
    """Calls log.close() after the loop: never reached when the consumer closes the generator early."""
    summary = Summary()
    for batch in batches(parse_lines(log), batch_size):
        summary = Summary(summary.entries, dict(summary.by_level), dict(summary.errors_by_service))
        for entry in batch:
            summary.entries += 1
            summary.by_level[entry.level] += 1
            if entry.level == 'ERROR':
                summary.errors_by_service[entry.service] = summary.errors_by_service.get(entry.service, 0) + 1
        yield summary
    log.close()


def first_errors(log, count):
    """Closes the log after reading: never reached when reading raises."""
    errors = (entry for entry in parse_lines(log) if entry.level == 'ERROR')
    found = list(islice(errors, count))
    log.close()
    return found
