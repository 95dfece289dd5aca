import gc

import pytest

from read_lines_cleanup import read_lines


class FakeFiles:
    """A fake file system: counts opens and closes and logs what happens, in order."""

    def __init__(self, lines):
        self.lines = lines
        self.log = []
        self.opened = 0
        self.closed = 0

    def open(self):
        self.opened += 1
        self.log.append('open')
        files = self

        class File:
            lines = self.lines

            def close(self):
                files.closed += 1
                files.log.append('close')

        return File()

    @property
    def counts(self):
        return (self.opened, self.closed)


def test_yields_every_line_in_order_and_closes_once_at_the_end():
    files = FakeFiles(['one', 'two', 'three'])
    assert list(read_lines(files.open)) == ['one', 'two', 'three']
    assert files.counts == (1, 1)


def test_opens_on_the_first_next_not_when_the_generator_is_created():
    files = FakeFiles(['one'])
    lines = read_lines(files.open)
    assert files.opened == 0, "creating the generator must not open the file"
    assert next(lines) == 'one'
    assert files.opened == 1


def test_closes_only_after_the_last_line_has_been_consumed():
    files = FakeFiles(['a', 'b'])
    lines = read_lines(files.open)
    next(lines)
    next(lines)
    assert files.closed == 0, "the consumer still holds the last line"
    assert next(lines, 'finished') == 'finished'
    assert files.closed == 1


def test_closes_once_on_close_and_stays_closed():
    files = FakeFiles(['a', 'b', 'c'])
    lines = read_lines(files.open)
    next(lines)
    lines.close()
    lines.close()
    assert next(lines, 'finished') == 'finished'
    assert files.counts == (1, 1)


def test_a_for_loop_that_breaks_and_then_closes_closes_before_moving_on():
    files = FakeFiles(['a', 'b', 'c'])
    lines = read_lines(files.open)
    for line in lines:
        files.log.append(f'read {line}')
        if line == 'b':
            break
    lines.close()  # Python's for does not close on break
    files.log.append('after loop')
    assert files.log == ['open', 'read a', 'read b', 'close', 'after loop']


def test_closes_once_when_an_exception_is_thrown_in_and_lets_it_out():
    files = FakeFiles(['a', 'b', 'c'])
    lines = read_lines(files.open)
    next(lines)
    with pytest.raises(ValueError, match='consumer failed'):
        lines.throw(ValueError('consumer failed'))
    assert files.counts == (1, 1)
    assert next(lines, 'finished') == 'finished'
    assert files.closed == 1


def test_does_not_close_twice_when_finished_and_then_closed():
    files = FakeFiles(['a'])
    lines = read_lines(files.open)
    assert list(lines) == ['a']
    lines.close()
    assert files.counts == (1, 1)


def test_opens_and_closes_nothing_if_closed_before_it_starts():
    files = FakeFiles(['a'])
    lines = read_lines(files.open)
    lines.close()
    assert next(lines, 'finished') == 'finished'
    assert files.counts == (0, 0)


def test_opens_and_closes_an_empty_file():
    files = FakeFiles([])
    assert list(read_lines(files.open)) == []
    assert files.counts == (1, 1)


def test_reports_a_failing_open_as_it_is_with_nothing_to_close():
    def failing_open():
        raise FileNotFoundError('no such file')

    lines = read_lines(failing_open)
    with pytest.raises(FileNotFoundError, match='no such file'):
        next(lines)
    assert next(lines, 'finished') == 'finished'


def test_a_dropped_generator_is_closed_when_collected():
    files = FakeFiles(['a', 'b'])
    lines = read_lines(files.open)
    next(lines)
    del lines  # CPython (and Pyodide) close a paused generator when it is garbage-collected
    gc.collect()
    assert files.counts == (1, 1)


def test_two_readers_at_once_each_close_their_own_file():
    first = FakeFiles(['a1', 'a2'])
    second = FakeFiles(['b1', 'b2'])
    a = read_lines(first.open)
    b = read_lines(second.open)
    assert next(a) == 'a1'
    assert next(b) == 'b1'
    a.close()
    assert first.counts == (1, 1)
    assert second.counts == (1, 0)
    assert list(b) == ['b2']
    assert second.counts == (1, 1)
