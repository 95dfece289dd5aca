import itertools

import pytest

from analyser import Summary, first_errors, running_summaries
from batch import batches
from parse import LogEntry, parse_lines

SERVICES = ('auth', 'payments', 'search', 'mail')
LEVELS = ('DEBUG', 'INFO', 'WARN', 'ERROR')


class Log:
    """An open log file, as far as the analyser can tell: its lines one at a time (each ending in a newline),
    close(), and `with`. It counts the lines read and the calls to close(); like a file, it refuses to be
    read once closed."""

    def __init__(self, lines):
        self._lines = iter(lines)
        self.pulls = 0
        self.closes = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.closes:
            raise ValueError('I/O operation on closed file.')
        self.pulls += 1
        return next(self._lines)

    def close(self):
        self.closes += 1

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def log_line(i):
    """Line `i` of a made-up log: every 7th line is malformed, the level and service cycle."""
    if i % 7 == 6:
        return '\n' if i % 2 else f'garbage line {i}\n'
    minutes, seconds = divmod(i, 60)
    hours, minutes = divmod(minutes, 60)
    return f'2026-01-01T{hours:02}:{minutes:02}:{seconds:02}Z {LEVELS[i % 4]} {SERVICES[i % 3]} request {i} handled\n'


def made_up_log(count):
    """A log of `count` lines, made one at a time: never in memory as a whole."""
    return Log(log_line(i) for i in range(count))


def endless_lines():
    for i in itertools.count():
        if i == 100_000:
            raise RuntimeError('100,000 lines were read from an endless log: something reads it all')
        yield log_line(i)


def endless_log():
    """An endless log; raises rather than hang if something reads far ahead."""
    return Log(endless_lines())


def lines_for(entries):
    """How many lines of the made-up log hold `entries` well-formed ones, the last line being the last entry."""
    lines = seen = 0
    while seen < entries:
        if lines % 7 != 6:
            seen += 1
        lines += 1
    return lines


def take(iterator, limit=100):
    """At most `limit` items, so an endless generator cannot hang a test."""
    return list(itertools.islice(iterator, limit))


def test_parse_turns_lines_into_entries_without_their_newline():
    lines = ['2026-03-01T12:00:00Z ERROR payments card  declined twice\n', '2026-03-01T12:00:01Z INFO auth login ok\n']
    assert take(parse_lines(lines)) == [
        LogEntry('2026-03-01T12:00:00Z', 'ERROR', 'payments', 'card  declined twice'),
        LogEntry('2026-03-01T12:00:01Z', 'INFO', 'auth', 'login ok'),
    ]


def test_parse_skips_blank_lines_unknown_levels_and_lines_without_a_message():
    lines = ['\n', '', '2026-03-01T12:00:00Z FATAL db down\n', '2026-03-01T12:00:00Z WARN db\n', 'nonsense\n', '2026-03-01T12:00:02Z WARN db slow query']
    assert take(parse_lines(lines)) == [LogEntry('2026-03-01T12:00:02Z', 'WARN', 'db', 'slow query')]


def test_parse_reads_no_line_before_it_is_needed():
    log = made_up_log(1000)
    entries = parse_lines(log)
    assert log.pulls == 0
    next(entries)
    assert log.pulls == 1
    take(entries, 6)
    # entries 1..7 are lines 0..5 and 7: line 6 is malformed
    assert log.pulls == 8


def test_parse_works_on_an_endless_log():
    assert [entry.level for entry in take(parse_lines(endless_log()), 3)] == ['DEBUG', 'INFO', 'WARN']


def test_batch_groups_items_in_lists_of_size_the_last_shorter_never_an_empty_one():
    assert take(batches([1, 2, 3, 4, 5, 6, 7], 3)) == [[1, 2, 3], [4, 5, 6], [7]]
    assert take(batches(iter([1, 2, 3, 4]), 2)) == [[1, 2], [3, 4]]
    assert take(batches([], 2)) == []


def test_batch_pulls_exactly_size_items_for_a_full_batch_no_more():
    log = made_up_log(1000)
    groups = batches(log, 5)
    assert log.pulls == 0
    next(groups)
    assert log.pulls == 5
    next(groups)
    assert log.pulls == 10


def test_batch_hands_out_a_new_list_each_time_a_batch_kept_stays_as_it_was():
    kept = take(batches(iter([1, 2, 3, 4, 5]), 2))
    assert kept == [[1, 2], [3, 4], [5]]
    assert kept[0] is not kept[1]


def test_summarise_yields_the_summary_of_everything_read_so_far_after_each_batch():
    log = Log([
        '2026-03-01T12:00:00Z ERROR payments card declined\n',
        '2026-03-01T12:00:01Z INFO auth login ok\n',
        'not a log line\n',
        '2026-03-01T12:00:02Z ERROR payments timeout\n',
        '2026-03-01T12:00:03Z ERROR auth bad token\n',
    ])
    assert take(running_summaries(log, 2)) == [
        Summary(2, {'DEBUG': 0, 'INFO': 1, 'WARN': 0, 'ERROR': 1}, {'payments': 1}),
        Summary(4, {'DEBUG': 0, 'INFO': 1, 'WARN': 0, 'ERROR': 3}, {'payments': 2, 'auth': 1}),
    ]


def test_summarise_yields_a_new_summary_each_time_one_kept_does_not_change_later():
    summaries = running_summaries(made_up_log(40), 10)
    first = next(summaries)
    rest = take(summaries)
    assert [first.entries] + [s.entries for s in rest] == [10, 20, 30, 35]
    assert first == Summary(10, {'DEBUG': 3, 'INFO': 3, 'WARN': 2, 'ERROR': 2}, {'auth': 1, 'payments': 1})
    assert first.by_level is not rest[0].by_level
    assert first.errors_by_service is not rest[0].errors_by_service


def test_summarise_holds_at_most_one_batch_each_summary_comes_after_at_most_a_batch_of_lines_more():
    log = endless_log()
    summaries = running_summaries(log, 60)
    for k in range(1, 6):
        assert next(summaries).entries == 60 * k
        # not one line past the batch's last entry
        assert log.pulls == lines_for(60 * k)


def test_summarise_a_log_far_longer_than_it_ever_holds_50_000_lines():
    last = None
    count = 0
    for summary in running_summaries(made_up_log(50_000), 1000):
        last = summary
        count += 1
    assert count == 43
    assert last.entries == 42_858
    assert last.by_level['ERROR'] == 10_715
    assert last.errors_by_service == {'auth': 3_572, 'payments': 3_572, 'search': 3_571}


def test_summarise_closes_the_log_once_it_has_read_it_all():
    log = made_up_log(100)
    for _ in running_summaries(log, 10):
        assert log.closes == 0
    assert log.closes == 1


def test_summarise_closes_the_log_when_its_consumer_closes_it_after_the_first_summary():
    log = made_up_log(1000)
    summaries = running_summaries(log, 10)
    next(summaries)
    summaries.close()
    assert log.closes == 1
    assert log.pulls == lines_for(10)


def test_early_exit_finds_the_first_error_entries_in_order():
    assert [entry.message for entry in first_errors(made_up_log(100), 3)] == ['request 3 handled', 'request 7 handled', 'request 11 handled']


def test_early_exit_reads_no_line_after_the_last_error_it_needs_and_closes_the_log():
    log = endless_log()
    assert len(first_errors(log, 4)) == 4
    # the 4th error is line 15 (lines 3, 7, 11, 15): 16 lines read
    assert log.pulls == 16
    assert log.closes == 1


def test_early_exit_reads_nothing_when_asked_for_none_and_still_closes_the_log():
    log = endless_log()
    assert first_errors(log, 0) == []
    assert log.pulls == 0
    assert log.closes == 1


def test_early_exit_returns_what_there_is_when_the_log_has_fewer_errors():
    log = made_up_log(8)
    assert [entry.service for entry in first_errors(log, 5)] == ['auth', 'payments']
    assert log.closes == 1


def test_early_exit_closes_the_log_even_when_reading_it_fails():
    def failing():
        yield log_line(3)
        raise OSError('the disk went away')

    log = Log(failing())
    with pytest.raises(OSError, match='the disk went away'):
        first_errors(log, 2)
    assert log.closes == 1
