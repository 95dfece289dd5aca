import io
import itertools

from error_lines import error_lines

PULL_LIMIT = 10_000


class Counted:
    """Wraps an iterable of lines and counts the lines read from it."""

    def __init__(self, lines):
        self.lines = lines
        self.pulls = 0

    def __iter__(self):
        for line in self.lines:
            self.pulls += 1
            if self.pulls > PULL_LIMIT:
                raise AssertionError("10,000 lines were read from an endless log: something is eager")
            yield line


def endless_log():
    """Every third line is an error."""
    for n in itertools.count(1):
        yield f"{n} ERROR code {n}\n" if n % 3 == 0 else f"{n} INFO all good\n"


def test_keeps_only_the_lines_that_contain_error_in_order():
    log = ["INFO start\n", "ERROR disk full\n", "WARN slow\n", "12:00:01 db ERROR timeout\n", "INFO done\n"]
    assert list(error_lines(log)) == ["ERROR disk full", "12:00:01 db ERROR timeout"]


def test_reads_a_file_object():
    log = io.StringIO("INFO start\nERROR disk full\nINFO stop\nERROR last")
    assert list(error_lines(log)) == ["ERROR disk full", "ERROR last"]


def test_removes_newline_and_crlf_line_endings():
    assert list(error_lines(["ERROR unix\n", "ERROR windows\r\n"])) == ["ERROR unix", "ERROR windows"]


def test_accepts_a_last_line_without_a_line_ending():
    assert list(error_lines(["INFO a\n", "ERROR last"])) == ["ERROR last"]


def test_removes_only_the_line_ending_keeping_other_whitespace():
    assert list(error_lines(["  ERROR indented  \n", "ERROR\ttab\t\r\n"])) == ["  ERROR indented  ", "ERROR\ttab\t"]


def test_removes_only_one_line_ending():
    assert list(error_lines(["ERROR twice\n\n"])) == ["ERROR twice\n"]


def test_is_case_sensitive():
    assert list(error_lines(["error lower\n", "Error title\n", "ERRORS upper\n"])) == ["ERRORS upper"]


def test_yields_nothing_when_nothing_matches():
    assert list(error_lines(["INFO a\n", "WARN b\n"])) == []
    assert list(error_lines([])) == []


def test_reads_nothing_before_the_first_next_and_only_what_it_needs():
    log = Counted(["INFO a\n", "ERROR b\n", "INFO c\n", "ERROR d\n", "INFO e\n"])
    errors = error_lines(log)
    assert log.pulls == 0, "error_lines() started reading before next() was called"
    assert next(errors) == "ERROR b"
    assert log.pulls == 2, "the first error is line 2: two lines should have been read"
    assert next(errors) == "ERROR d"
    assert log.pulls == 4


def test_works_on_an_endless_log():
    assert list(itertools.islice(error_lines(Counted(endless_log())), 3)) == [
        "3 ERROR code 3",
        "6 ERROR code 6",
        "9 ERROR code 9",
    ]


def test_keeps_two_readers_apart_when_read_in_turns():
    a = error_lines(["ERROR a1\n", "ERROR a2\n"])
    b = error_lines(["INFO\n", "ERROR b1\n", "ERROR b2\n"])
    assert [next(a), next(b), next(a), next(b)] == ["ERROR a1", "ERROR b1", "ERROR a2", "ERROR b2"]


def test_handles_200_000_lines():
    log = (f"{n} {'ERROR' if n % 4 == 0 else 'INFO'} x\n" for n in range(200_000))
    assert sum(1 for _ in error_lines(log)) == 50_000
