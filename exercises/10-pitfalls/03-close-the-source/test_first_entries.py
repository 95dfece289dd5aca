import pytest

from first_entries import Entry, first_entries


class Log:
    """A fake log file read by a generator: counts lines read and knows whether it is open."""

    def __init__(self, lines):
        self.lines = lines
        self.opened = False
        self.open = False
        self.read = 0
        self.reader = self._read()  # the test keeps this reference, as an owner of the file would

    def _read(self):
        self.opened = True
        self.open = True
        try:
            for line in self.lines:
                self.read += 1
                yield line
        finally:
            self.open = False


SAMPLE = ["INFO started", "WARN disk almost full", "ERROR disk full", "INFO stopped"]


def test_returns_the_first_count_entries():
    log = Log(SAMPLE)
    assert first_entries(log.reader, 2) == [Entry("INFO", "started"), Entry("WARN", "disk almost full")]


def test_closes_the_log_when_it_stops_early():
    log = Log(SAMPLE)
    first_entries(log.reader, 2)
    assert not log.open, "the log is still open: close the generator when you stop reading it"


def test_reads_no_more_lines_than_it_needs():
    log = Log(SAMPLE)
    first_entries(log.reader, 3)
    assert log.read == 3


def test_closes_the_log_when_a_line_fails_to_parse_and_lets_the_error_through():
    log = Log(["INFO ok", "garbage", "INFO never read"])
    with pytest.raises(ValueError, match="not a log line"):
        first_entries(log.reader, 3)
    assert not log.open
    assert log.read == 2


def test_returns_everything_from_a_shorter_log_which_ends_closed():
    log = Log(SAMPLE)
    assert len(first_entries(log.reader, 10)) == 4
    assert not log.open


def test_reads_nothing_for_count_0():
    log = Log(SAMPLE)
    assert first_entries(log.reader, 0) == []
    assert log.read == 0
    assert not log.open


def test_keeps_empty_strings_as_lines():
    log = Log(["INFO a", "", "INFO b"])
    with pytest.raises(ValueError):
        first_entries(log.reader, 3)
    assert log.read == 2


def test_works_with_lists_and_with_iterators_that_have_no_close():
    assert first_entries(SAMPLE, 1) == [Entry("INFO", "started")]
    assert first_entries(iter(SAMPLE), 2) == [Entry("INFO", "started"), Entry("WARN", "disk almost full")]
    assert first_entries(tuple(SAMPLE), 9) == [Entry(*line.split(" ", 1)) for line in SAMPLE]
