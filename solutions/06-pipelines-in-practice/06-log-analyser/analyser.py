from contextlib import closing
from dataclasses import dataclass, field
from itertools import islice

from batch import batches
from parse import LEVELS, parse_lines


@dataclass
class Summary:
    """What the analyser has seen so far."""

    #: Well-formed entries read so far.
    entries: int = 0
    by_level: dict = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    #: ERROR entries per service.
    errors_by_service: dict = field(default_factory=dict)


def running_summaries(log, batch_size):
    """Milestone 3. Reads the open log `log` (its lines, like a file's) batch by
    batch (`batch_size` entries), and after each batch yields the summary of
    everything read so far: a new Summary each time. Holds at most one batch of
    the log at once, however long it is, and closes the log when it is done or
    when its consumer closes it early."""
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
    """Milestone 4. The first `count` ERROR entries of the open log `log`, in
    order, in a list: reads no line after the last one it needs, and closes the
    log before it returns, whatever happens."""
    with closing(log):
        errors = (entry for entry in parse_lines(log) if entry.level == 'ERROR')
        return list(islice(errors, count))
